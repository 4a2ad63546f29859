# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'application_new.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_NewApplicationDialog(object):
    def setupUi(self, NewApplicationDialog):
        if not NewApplicationDialog.objectName():
            NewApplicationDialog.setObjectName(u"NewApplicationDialog")
        NewApplicationDialog.resize(560, 220)
        self.dialogLayout = QVBoxLayout(NewApplicationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explanation = QLabel(NewApplicationDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.initiativeLabel = QLabel(NewApplicationDialog)
        self.initiativeLabel.setObjectName(u"initiativeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.initiativeLabel)

        self.initiative = QComboBox(NewApplicationDialog)
        self.initiative.setObjectName(u"initiative")
        self.initiative.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.initiative)

        self.roundLabel = QLabel(NewApplicationDialog)
        self.roundLabel.setObjectName(u"roundLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roundLabel)

        self.round = QComboBox(NewApplicationDialog)
        self.round.setObjectName(u"round")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.round)


        self.dialogLayout.addLayout(self.form)

        self.problem = QLabel(NewApplicationDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.dialogLayout.addWidget(self.problem)

        self.buttonBox = QDialogButtonBox(NewApplicationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.initiativeLabel.setBuddy(self.initiative)
        self.roundLabel.setBuddy(self.round)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewApplicationDialog)

        QMetaObject.connectSlotsByName(NewApplicationDialog)
    # setupUi

    def retranslateUi(self, NewApplicationDialog):
        NewApplicationDialog.setWindowTitle(QCoreApplication.translate("NewApplicationDialog", u"New application", None))
        self.explanation.setText(QCoreApplication.translate("NewApplicationDialog", u"The draft is pre-filled from what is recorded about the initiative: region, sector, coordinator, members and the latest diagnostic.", None))
        self.initiativeLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"Cluster &initiative", None))
        self.roundLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"Selection &round", None))
        self.problem.setStyleSheet(QCoreApplication.translate("NewApplicationDialog", u"color: #b00020;", None))
    # retranslateUi

