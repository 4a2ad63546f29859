# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 300)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(SettingsDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.consultantLabel = QLabel(SettingsDialog)
        self.consultantLabel.setObjectName(u"consultantLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consultantLabel)

        self.consultant = QComboBox(SettingsDialog)
        self.consultant.setObjectName(u"consultant")
        self.consultant.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consultant)

        self.deviceNameLabel = QLabel(SettingsDialog)
        self.deviceNameLabel.setObjectName(u"deviceNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deviceNameLabel)

        self.deviceName = QLineEdit(SettingsDialog)
        self.deviceName.setObjectName(u"deviceName")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deviceName)

        self.defaultRegionLabel = QLabel(SettingsDialog)
        self.defaultRegionLabel.setObjectName(u"defaultRegionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.defaultRegionLabel)

        self.defaultRegion = QComboBox(SettingsDialog)
        self.defaultRegion.setObjectName(u"defaultRegion")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.defaultRegion)

        self.databasePathLabel = QLabel(SettingsDialog)
        self.databasePathLabel.setObjectName(u"databasePathLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.databasePathLabel)

        self.dbBox = QHBoxLayout()
        self.dbBox.setObjectName(u"dbBox")
        self.databasePath = QLineEdit(SettingsDialog)
        self.databasePath.setObjectName(u"databasePath")

        self.dbBox.addWidget(self.databasePath)

        self.openDatabase = QPushButton(SettingsDialog)
        self.openDatabase.setObjectName(u"openDatabase")

        self.dbBox.addWidget(self.openDatabase)

        self.newDatabase = QPushButton(SettingsDialog)
        self.newDatabase.setObjectName(u"newDatabase")

        self.dbBox.addWidget(self.newDatabase)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.dbBox)

        self.pdfFolderLabel = QLabel(SettingsDialog)
        self.pdfFolderLabel.setObjectName(u"pdfFolderLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pdfFolderLabel)

        self.pdfBox = QHBoxLayout()
        self.pdfBox.setObjectName(u"pdfBox")
        self.pdfFolder = QLineEdit(SettingsDialog)
        self.pdfFolder.setObjectName(u"pdfFolder")

        self.pdfBox.addWidget(self.pdfFolder)

        self.browsePdf = QPushButton(SettingsDialog)
        self.browsePdf.setObjectName(u"browsePdf")

        self.pdfBox.addWidget(self.browsePdf)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.pdfBox)

        self.restartNote = QLabel(SettingsDialog)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.restartNote)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
        self.consultantLabel.setBuddy(self.consultant)
        self.deviceNameLabel.setBuddy(self.deviceName)
        self.defaultRegionLabel.setBuddy(self.defaultRegion)
        self.databasePathLabel.setBuddy(self.databasePath)
        self.pdfFolderLabel.setBuddy(self.pdfFolder)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language", None))
        self.consultantLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Consultant", None))
        self.deviceNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Device name", None))
        self.defaultRegionLabel.setText(QCoreApplication.translate("SettingsDialog", u"Default &region", None))
        self.databasePathLabel.setText(QCoreApplication.translate("SettingsDialog", u"Data&base file", None))
        self.openDatabase.setText(QCoreApplication.translate("SettingsDialog", u"&Open\u2026", None))
        self.newDatabase.setText(QCoreApplication.translate("SettingsDialog", u"&New\u2026", None))
        self.pdfFolderLabel.setText(QCoreApplication.translate("SettingsDialog", u"&PDF folder", None))
        self.browsePdf.setText(QCoreApplication.translate("SettingsDialog", u"&Browse\u2026", None))
        self.restartNote.setText(QCoreApplication.translate("SettingsDialog", u"A new database file opens after you press Save.", None))
    # retranslateUi

