# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ContactEditor(object):
    def setupUi(self, ContactEditor):
        if not ContactEditor.objectName():
            ContactEditor.setObjectName(u"ContactEditor")
        ContactEditor.resize(420, 240)
        self.dialogLayout = QVBoxLayout(ContactEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nameLabel = QLabel(ContactEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameErrorBox = QVBoxLayout()
        self.nameErrorBox.setObjectName(u"nameErrorBox")
        self.name = QLineEdit(ContactEditor)
        self.name.setObjectName(u"name")

        self.nameErrorBox.addWidget(self.name)

        self.nameError = QLabel(ContactEditor)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)

        self.nameErrorBox.addWidget(self.nameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameErrorBox)

        self.positionLabel = QLabel(ContactEditor)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.position = QLineEdit(ContactEditor)
        self.position.setObjectName(u"position")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.position)

        self.phoneLabel = QLabel(ContactEditor)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(ContactEditor)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone)

        self.emailLabel = QLabel(ContactEditor)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailErrorBox = QVBoxLayout()
        self.emailErrorBox.setObjectName(u"emailErrorBox")
        self.email = QLineEdit(ContactEditor)
        self.email.setObjectName(u"email")

        self.emailErrorBox.addWidget(self.email)

        self.emailError = QLabel(ContactEditor)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setVisible(False)

        self.emailErrorBox.addWidget(self.emailError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.emailErrorBox)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(ContactEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.positionLabel.setBuddy(self.position)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactEditor)

        QMetaObject.connectSlotsByName(ContactEditor)
    # setupUi

    def retranslateUi(self, ContactEditor):
        ContactEditor.setWindowTitle(QCoreApplication.translate("ContactEditor", u"Contact person", None))
        self.nameLabel.setText(QCoreApplication.translate("ContactEditor", u"&Name", None))
        self.nameError.setText("")
        self.nameError.setStyleSheet(QCoreApplication.translate("ContactEditor", u"color: #b00020;", None))
        self.positionLabel.setText(QCoreApplication.translate("ContactEditor", u"&Position", None))
        self.phoneLabel.setText(QCoreApplication.translate("ContactEditor", u"P&hone", None))
        self.emailLabel.setText(QCoreApplication.translate("ContactEditor", u"E-&mail", None))
        self.emailError.setText("")
        self.emailError.setStyleSheet(QCoreApplication.translate("ContactEditor", u"color: #b00020;", None))
    # retranslateUi

