# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'application_reject.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RejectDialog(object):
    def setupUi(self, RejectDialog):
        if not RejectDialog.objectName():
            RejectDialog.setObjectName(u"RejectDialog")
        RejectDialog.resize(620, 360)
        self.dialogLayout = QVBoxLayout(RejectDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.reasonsLabel = QLabel(RejectDialog)
        self.reasonsLabel.setObjectName(u"reasonsLabel")
        self.reasonsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.reasonsLabel)

        self.reasons = QPlainTextEdit(RejectDialog)
        self.reasons.setObjectName(u"reasons")
        self.reasons.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.reasons)

        self.buttonBox = QDialogButtonBox(RejectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonsLabel.setBuddy(self.reasons)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RejectDialog)

        QMetaObject.connectSlotsByName(RejectDialog)
    # setupUi

    def retranslateUi(self, RejectDialog):
        RejectDialog.setWindowTitle(QCoreApplication.translate("RejectDialog", u"Reject at registration", None))
        self.reasonsLabel.setText(QCoreApplication.translate("RejectDialog", u"&Reasons for the rejection, one per line (the problems the check found are filled in):", None))
    # retranslateUi

