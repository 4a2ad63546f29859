# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QSizePolicy,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 480)
        self.dialogLayout = QVBoxLayout(AboutDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.head = QHBoxLayout()
        self.head.setObjectName(u"head")
        self.icon = QLabel(AboutDialog)
        self.icon.setObjectName(u"icon")
        self.icon.setMinimumSize(QSize(64, 64))

        self.head.addWidget(self.icon)

        self.titles = QVBoxLayout()
        self.titles.setObjectName(u"titles")
        self.title = QLabel(AboutDialog)
        self.title.setObjectName(u"title")

        self.titles.addWidget(self.title)

        self.version = QLabel(AboutDialog)
        self.version.setObjectName(u"version")

        self.titles.addWidget(self.version)


        self.head.addLayout(self.titles)


        self.dialogLayout.addLayout(self.head)

        self.paths = QFormLayout()
        self.paths.setObjectName(u"paths")
        self.paths.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.databasePathLabel = QLabel(AboutDialog)
        self.databasePathLabel.setObjectName(u"databasePathLabel")

        self.paths.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databasePathLabel)

        self.databasePath = QLabel(AboutDialog)
        self.databasePath.setObjectName(u"databasePath")
        self.databasePath.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.databasePath.setWordWrap(True)

        self.paths.setWidget(0, QFormLayout.ItemRole.FieldRole, self.databasePath)

        self.logPathLabel = QLabel(AboutDialog)
        self.logPathLabel.setObjectName(u"logPathLabel")

        self.paths.setWidget(1, QFormLayout.ItemRole.LabelRole, self.logPathLabel)

        self.logPath = QLabel(AboutDialog)
        self.logPath.setObjectName(u"logPath")
        self.logPath.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.logPath.setWordWrap(True)

        self.paths.setWidget(1, QFormLayout.ItemRole.FieldRole, self.logPath)


        self.dialogLayout.addLayout(self.paths)

        self.licences = QTextBrowser(AboutDialog)
        self.licences.setObjectName(u"licences")
        self.licences.setOpenExternalLinks(True)

        self.dialogLayout.addWidget(self.licences)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.databasePathLabel.setBuddy(self.databasePath)
        self.logPathLabel.setBuddy(self.logPath)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About ClusterDesk", None))
        self.title.setText(QCoreApplication.translate("AboutDialog", u"ClusterDesk", None))
        self.version.setText("")
        self.databasePathLabel.setText(QCoreApplication.translate("AboutDialog", u"Database", None))
        self.logPathLabel.setText(QCoreApplication.translate("AboutDialog", u"Log file", None))
    # retranslateUi

