# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiative_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_InitiativeEditor(object):
    def setupUi(self, InitiativeEditor):
        if not InitiativeEditor.objectName():
            InitiativeEditor.setObjectName(u"InitiativeEditor")
        InitiativeEditor.resize(700, 600)
        self.dialogLayout = QVBoxLayout(InitiativeEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(InitiativeEditor)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.form = QFormLayout(self.detailsTab)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.detailsTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameErrorBox = QVBoxLayout()
        self.nameErrorBox.setObjectName(u"nameErrorBox")
        self.name = QLineEdit(self.detailsTab)
        self.name.setObjectName(u"name")

        self.nameErrorBox.addWidget(self.name)

        self.nameError = QLabel(self.detailsTab)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)

        self.nameErrorBox.addWidget(self.nameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameErrorBox)

        self.sectorLabel = QLabel(self.detailsTab)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sector = QComboBox(self.detailsTab)
        self.sector.setObjectName(u"sector")
        self.sector.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sector)

        self.regionLabel = QLabel(self.detailsTab)
        self.regionLabel.setObjectName(u"regionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.region = QComboBox(self.detailsTab)
        self.region.setObjectName(u"region")
        self.region.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.region)

        self.statusLabel = QLabel(self.detailsTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(self.detailsTab)
        self.status.setObjectName(u"status")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status)

        self.coordinatorLabel = QLabel(self.detailsTab)
        self.coordinatorLabel.setObjectName(u"coordinatorLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.coordinatorLabel)

        self.coordinator = QLineEdit(self.detailsTab)
        self.coordinator.setObjectName(u"coordinator")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.coordinator)

        self.descriptionLabel = QLabel(self.detailsTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(self.detailsTab)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.description)

        self.tabs.addTab(self.detailsTab, "")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersLayout = QVBoxLayout(self.membersTab)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersView = QTableView(self.membersTab)
        self.membersView.setObjectName(u"membersView")
        self.membersView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.membersView.setAlternatingRowColors(True)
        self.membersView.setSortingEnabled(True)

        self.membersLayout.addWidget(self.membersView)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.memberOrganization = QLineEdit(self.membersTab)
        self.memberOrganization.setObjectName(u"memberOrganization")

        self.memberButtons.addWidget(self.memberOrganization)

        self.memberRole = QComboBox(self.membersTab)
        self.memberRole.setObjectName(u"memberRole")

        self.memberButtons.addWidget(self.memberRole)

        self.addMember = QPushButton(self.membersTab)
        self.addMember.setObjectName(u"addMember")

        self.memberButtons.addWidget(self.addMember)

        self.removeMember = QPushButton(self.membersTab)
        self.removeMember.setObjectName(u"removeMember")

        self.memberButtons.addWidget(self.removeMember)


        self.membersLayout.addLayout(self.memberButtons)

        self.tabs.addTab(self.membersTab, "")
        self.diagnosticsTab = QWidget()
        self.diagnosticsTab.setObjectName(u"diagnosticsTab")
        self.iniDiagLayout = QVBoxLayout(self.diagnosticsTab)
        self.iniDiagLayout.setObjectName(u"iniDiagLayout")
        self.diagnosticsView = QTableView(self.diagnosticsTab)
        self.diagnosticsView.setObjectName(u"diagnosticsView")
        self.diagnosticsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.diagnosticsView.setAlternatingRowColors(True)
        self.diagnosticsView.setSortingEnabled(True)

        self.iniDiagLayout.addWidget(self.diagnosticsView)

        self.tabs.addTab(self.diagnosticsTab, "")
        self.applicationsTab = QWidget()
        self.applicationsTab.setObjectName(u"applicationsTab")
        self.iniAppLayout = QVBoxLayout(self.applicationsTab)
        self.iniAppLayout.setObjectName(u"iniAppLayout")
        self.applicationsView = QTableView(self.applicationsTab)
        self.applicationsView.setObjectName(u"applicationsView")
        self.applicationsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.applicationsView.setAlternatingRowColors(True)
        self.applicationsView.setSortingEnabled(True)

        self.iniAppLayout.addWidget(self.applicationsView)

        self.tabs.addTab(self.applicationsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(InitiativeEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.sectorLabel.setBuddy(self.sector)
        self.regionLabel.setBuddy(self.region)
        self.statusLabel.setBuddy(self.status)
        self.coordinatorLabel.setBuddy(self.coordinator)
        self.descriptionLabel.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InitiativeEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(InitiativeEditor)
    # setupUi

    def retranslateUi(self, InitiativeEditor):
        InitiativeEditor.setWindowTitle(QCoreApplication.translate("InitiativeEditor", u"Cluster initiative", None))
        self.nameLabel.setText(QCoreApplication.translate("InitiativeEditor", u"&Name", None))
        self.nameError.setText("")
        self.nameError.setStyleSheet(QCoreApplication.translate("InitiativeEditor", u"color: #b00020;", None))
        self.sectorLabel.setText(QCoreApplication.translate("InitiativeEditor", u"&Sector", None))
        self.regionLabel.setText(QCoreApplication.translate("InitiativeEditor", u"Re&gion", None))
        self.statusLabel.setText(QCoreApplication.translate("InitiativeEditor", u"S&tatus", None))
        self.coordinatorLabel.setText(QCoreApplication.translate("InitiativeEditor", u"&Coordinator", None))
        self.coordinator.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"Start typing a name or BIN\u2026", None))
        self.descriptionLabel.setText(QCoreApplication.translate("InitiativeEditor", u"&Description", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("InitiativeEditor", u"Details", None))
        self.memberOrganization.setPlaceholderText(QCoreApplication.translate("InitiativeEditor", u"Organization to add\u2026", None))
        self.addMember.setText(QCoreApplication.translate("InitiativeEditor", u"&Add member", None))
        self.removeMember.setText(QCoreApplication.translate("InitiativeEditor", u"&Remove member", None))
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("InitiativeEditor", u"Members", None))
        self.tabs.setTabText(self.tabs.indexOf(self.diagnosticsTab), QCoreApplication.translate("InitiativeEditor", u"Diagnostics", None))
        self.tabs.setTabText(self.tabs.indexOf(self.applicationsTab), QCoreApplication.translate("InitiativeEditor", u"Applications", None))
    # retranslateUi

