# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'diagnostic_batch_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DiagnosticBatchDialog(object):
    def setupUi(self, DiagnosticBatchDialog):
        if not DiagnosticBatchDialog.objectName():
            DiagnosticBatchDialog.setObjectName(u"DiagnosticBatchDialog")
        DiagnosticBatchDialog.resize(560, 400)
        self.verticalLayout = QVBoxLayout(DiagnosticBatchDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.whichBox = QGroupBox(DiagnosticBatchDialog)
        self.whichBox.setObjectName(u"whichBox")
        self.whichLayout = QGridLayout(self.whichBox)
        self.whichLayout.setObjectName(u"whichLayout")
        self.tripRadio = QRadioButton(self.whichBox)
        self.tripRadio.setObjectName(u"tripRadio")
        self.tripRadio.setChecked(True)

        self.whichLayout.addWidget(self.tripRadio, 0, 0, 1, 1)

        self.trip = QComboBox(self.whichBox)
        self.trip.setObjectName(u"trip")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.trip.sizePolicy().hasHeightForWidth())
        self.trip.setSizePolicy(sizePolicy)

        self.whichLayout.addWidget(self.trip, 0, 1, 1, 1)

        self.regionRadio = QRadioButton(self.whichBox)
        self.regionRadio.setObjectName(u"regionRadio")

        self.whichLayout.addWidget(self.regionRadio, 1, 0, 1, 1)

        self.region = QComboBox(self.whichBox)
        self.region.setObjectName(u"region")

        self.whichLayout.addWidget(self.region, 1, 1, 1, 1)

        self.allRadio = QRadioButton(self.whichBox)
        self.allRadio.setObjectName(u"allRadio")

        self.whichLayout.addWidget(self.allRadio, 2, 0, 1, 2)

        self.every = QCheckBox(self.whichBox)
        self.every.setObjectName(u"every")

        self.whichLayout.addWidget(self.every, 3, 0, 1, 2)


        self.verticalLayout.addWidget(self.whichBox)

        self.languageLayout = QFormLayout()
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(DiagnosticBatchDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(DiagnosticBatchDialog)
        self.language.setObjectName(u"language")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)


        self.verticalLayout.addLayout(self.languageLayout)

        self.outputBox = QGroupBox(DiagnosticBatchDialog)
        self.outputBox.setObjectName(u"outputBox")
        self.outputLayout = QVBoxLayout(self.outputBox)
        self.outputLayout.setObjectName(u"outputLayout")
        self.oneEach = QRadioButton(self.outputBox)
        self.oneEach.setObjectName(u"oneEach")
        self.oneEach.setChecked(True)

        self.outputLayout.addWidget(self.oneEach)

        self.oneFile = QRadioButton(self.outputBox)
        self.oneFile.setObjectName(u"oneFile")

        self.outputLayout.addWidget(self.oneFile)


        self.verticalLayout.addWidget(self.outputBox)

        self.countLabel = QLabel(DiagnosticBatchDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.countLabel)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(DiagnosticBatchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tripRadio, self.trip)
        QWidget.setTabOrder(self.trip, self.regionRadio)
        QWidget.setTabOrder(self.regionRadio, self.region)
        QWidget.setTabOrder(self.region, self.allRadio)
        QWidget.setTabOrder(self.allRadio, self.every)
        QWidget.setTabOrder(self.every, self.language)
        QWidget.setTabOrder(self.language, self.oneEach)
        QWidget.setTabOrder(self.oneEach, self.oneFile)

        self.retranslateUi(DiagnosticBatchDialog)
        self.buttonBox.accepted.connect(DiagnosticBatchDialog.accept)
        self.buttonBox.rejected.connect(DiagnosticBatchDialog.reject)

        QMetaObject.connectSlotsByName(DiagnosticBatchDialog)
    # setupUi

    def retranslateUi(self, DiagnosticBatchDialog):
        DiagnosticBatchDialog.setWindowTitle(QCoreApplication.translate("DiagnosticBatchDialog", u"Batch diagnostic reports", None))
        self.whichBox.setTitle(QCoreApplication.translate("DiagnosticBatchDialog", u"Which initiatives", None))
        self.tripRadio.setText(QCoreApplication.translate("DiagnosticBatchDialog", u"In the regions of a &trip:", None))
        self.regionRadio.setText(QCoreApplication.translate("DiagnosticBatchDialog", u"In a &region:", None))
        self.allRadio.setText(QCoreApplication.translate("DiagnosticBatchDialog", u"&All initiatives", None))
        self.every.setText(QCoreApplication.translate("DiagnosticBatchDialog", u"&Every complete diagnostic, not only the latest of each initiative", None))
        self.languageLabel.setText(QCoreApplication.translate("DiagnosticBatchDialog", u"&Language of the reports:", None))
        self.outputBox.setTitle(QCoreApplication.translate("DiagnosticBatchDialog", u"Output", None))
        self.oneEach.setText(QCoreApplication.translate("DiagnosticBatchDialog", u"One PDF file per initiative, in a &folder", None))
        self.oneFile.setText(QCoreApplication.translate("DiagnosticBatchDialog", u"All reports in &one PDF file", None))
        self.countLabel.setText("")
    # retranslateUi

