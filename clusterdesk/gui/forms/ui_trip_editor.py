# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trip_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSpinBox, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_TripEditor(object):
    def setupUi(self, TripEditor):
        if not TripEditor.objectName():
            TripEditor.setObjectName(u"TripEditor")
        TripEditor.resize(620, 620)
        self.dialogLayout = QVBoxLayout(TripEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(TripEditor)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.form = QFormLayout(self.detailsTab)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.roundLabel = QLabel(self.detailsTab)
        self.roundLabel.setObjectName(u"roundLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roundLabel)

        self.round = QSpinBox(self.detailsTab)
        self.round.setObjectName(u"round")
        self.round.setMinimum(1)
        self.round.setMaximum(20)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.round)

        self.titleLabel = QLabel(self.detailsTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleErrorBox = QVBoxLayout()
        self.titleErrorBox.setObjectName(u"titleErrorBox")
        self.title = QLineEdit(self.detailsTab)
        self.title.setObjectName(u"title")

        self.titleErrorBox.addWidget(self.title)

        self.titleError = QLabel(self.detailsTab)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)
        self.titleError.setVisible(False)

        self.titleErrorBox.addWidget(self.titleError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.titleErrorBox)

        self.startDateLabel = QLabel(self.detailsTab)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDate = QDateEdit(self.detailsTab)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.endDateLabel = QLabel(self.detailsTab)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.datesErrorBox = QVBoxLayout()
        self.datesErrorBox.setObjectName(u"datesErrorBox")
        self.endDate = QDateEdit(self.detailsTab)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setCalendarPopup(True)

        self.datesErrorBox.addWidget(self.endDate)

        self.datesError = QLabel(self.detailsTab)
        self.datesError.setObjectName(u"datesError")
        self.datesError.setWordWrap(True)
        self.datesError.setVisible(False)

        self.datesErrorBox.addWidget(self.datesError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.datesErrorBox)

        self.regionsLabel = QLabel(self.detailsTab)
        self.regionsLabel.setObjectName(u"regionsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.regionsLabel)

        self.regions = QListWidget(self.detailsTab)
        self.regions.setObjectName(u"regions")
        self.regions.setMaximumSize(QSize(16777215, 120))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.regions)

        self.teamLabel = QLabel(self.detailsTab)
        self.teamLabel.setObjectName(u"teamLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.team = QListWidget(self.detailsTab)
        self.team.setObjectName(u"team")
        self.team.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.team)

        self.purposeLabel = QLabel(self.detailsTab)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purpose = QPlainTextEdit(self.detailsTab)
        self.purpose.setObjectName(u"purpose")
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.tabs.addTab(self.detailsTab, "")
        self.consultationsTab = QWidget()
        self.consultationsTab.setObjectName(u"consultationsTab")
        self.tripConsLayout = QVBoxLayout(self.consultationsTab)
        self.tripConsLayout.setObjectName(u"tripConsLayout")
        self.consultationsView = QTableView(self.consultationsTab)
        self.consultationsView.setObjectName(u"consultationsView")
        self.consultationsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.consultationsView.setAlternatingRowColors(True)
        self.consultationsView.setSortingEnabled(True)

        self.tripConsLayout.addWidget(self.consultationsView)

        self.tabs.addTab(self.consultationsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(TripEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roundLabel.setBuddy(self.round)
        self.titleLabel.setBuddy(self.title)
        self.startDateLabel.setBuddy(self.startDate)
        self.endDateLabel.setBuddy(self.endDate)
        self.regionsLabel.setBuddy(self.regions)
        self.teamLabel.setBuddy(self.team)
        self.purposeLabel.setBuddy(self.purpose)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TripEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TripEditor)
    # setupUi

    def retranslateUi(self, TripEditor):
        TripEditor.setWindowTitle(QCoreApplication.translate("TripEditor", u"Trip", None))
        self.roundLabel.setText(QCoreApplication.translate("TripEditor", u"&Round", None))
        self.titleLabel.setText(QCoreApplication.translate("TripEditor", u"&Title", None))
        self.titleError.setText("")
        self.titleError.setStyleSheet(QCoreApplication.translate("TripEditor", u"color: #b00020;", None))
        self.startDateLabel.setText(QCoreApplication.translate("TripEditor", u"&Start", None))
        self.startDate.setDisplayFormat(QCoreApplication.translate("TripEditor", u"dd.MM.yyyy", None))
        self.endDateLabel.setText(QCoreApplication.translate("TripEditor", u"&End", None))
        self.endDate.setDisplayFormat(QCoreApplication.translate("TripEditor", u"dd.MM.yyyy", None))
        self.datesError.setText("")
        self.datesError.setStyleSheet(QCoreApplication.translate("TripEditor", u"color: #b00020;", None))
        self.regionsLabel.setText(QCoreApplication.translate("TripEditor", u"Re&gions", None))
        self.teamLabel.setText(QCoreApplication.translate("TripEditor", u"T&eam", None))
        self.purposeLabel.setText(QCoreApplication.translate("TripEditor", u"&Purpose", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("TripEditor", u"Details", None))
        self.tabs.setTabText(self.tabs.indexOf(self.consultationsTab), QCoreApplication.translate("TripEditor", u"Consultations", None))
    # retranslateUi

