# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_editor.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ConsultationEditor(object):
    def setupUi(self, ConsultationEditor):
        if not ConsultationEditor.objectName():
            ConsultationEditor.setObjectName(u"ConsultationEditor")
        ConsultationEditor.resize(600, 660)
        self.dialogLayout = QVBoxLayout(ConsultationEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.dateLabel = QLabel(ConsultationEditor)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateErrorBox = QVBoxLayout()
        self.dateErrorBox.setObjectName(u"dateErrorBox")
        self.date = QDateEdit(ConsultationEditor)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)

        self.dateErrorBox.addWidget(self.date)

        self.dateError = QLabel(ConsultationEditor)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)
        self.dateError.setVisible(False)

        self.dateErrorBox.addWidget(self.dateError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateErrorBox)

        self.tripLabel = QLabel(ConsultationEditor)
        self.tripLabel.setObjectName(u"tripLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tripLabel)

        self.trip = QComboBox(ConsultationEditor)
        self.trip.setObjectName(u"trip")
        self.trip.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trip)

        self.organizationLabel = QLabel(ConsultationEditor)
        self.organizationLabel.setObjectName(u"organizationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organizationLabel)

        self.organizationErrorBox = QVBoxLayout()
        self.organizationErrorBox.setObjectName(u"organizationErrorBox")
        self.organization = QLineEdit(ConsultationEditor)
        self.organization.setObjectName(u"organization")

        self.organizationErrorBox.addWidget(self.organization)

        self.organizationError = QLabel(ConsultationEditor)
        self.organizationError.setObjectName(u"organizationError")
        self.organizationError.setWordWrap(True)
        self.organizationError.setVisible(False)

        self.organizationErrorBox.addWidget(self.organizationError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.organizationErrorBox)

        self.consultantsLabel = QLabel(ConsultationEditor)
        self.consultantsLabel.setObjectName(u"consultantsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.consultantsLabel)

        self.consultants = QListWidget(ConsultationEditor)
        self.consultants.setObjectName(u"consultants")
        self.consultants.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.consultants)

        self.formatLabel = QLabel(ConsultationEditor)
        self.formatLabel.setObjectName(u"formatLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.format = QComboBox(ConsultationEditor)
        self.format.setObjectName(u"format")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.format)

        self.interestLabel = QLabel(ConsultationEditor)
        self.interestLabel.setObjectName(u"interestLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.interestLabel)

        self.interest = QComboBox(ConsultationEditor)
        self.interest.setObjectName(u"interest")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.interest)

        self.topicsLabel = QLabel(ConsultationEditor)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topics = QPlainTextEdit(ConsultationEditor)
        self.topics.setObjectName(u"topics")
        self.topics.setTabChangesFocus(True)
        self.topics.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.topics)

        self.outcomeLabel = QLabel(ConsultationEditor)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QLineEdit(ConsultationEditor)
        self.outcome.setObjectName(u"outcome")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.notesLabel = QLabel(ConsultationEditor)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(ConsultationEditor)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)

        self.nextStepsLabel = QLabel(ConsultationEditor)
        self.nextStepsLabel.setObjectName(u"nextStepsLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.nextStepsLabel)

        self.nextSteps = QLineEdit(ConsultationEditor)
        self.nextSteps.setObjectName(u"nextSteps")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.nextSteps)

        self.nextStepOwnerLabel = QLabel(ConsultationEditor)
        self.nextStepOwnerLabel.setObjectName(u"nextStepOwnerLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.nextStepOwnerLabel)

        self.nextStepOwner = QLineEdit(ConsultationEditor)
        self.nextStepOwner.setObjectName(u"nextStepOwner")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.nextStepOwner)

        self.hasDueLabel = QLabel(ConsultationEditor)
        self.hasDueLabel.setObjectName(u"hasDueLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.hasDueLabel)

        self.dueBox = QHBoxLayout()
        self.dueBox.setObjectName(u"dueBox")
        self.hasDue = QCheckBox(ConsultationEditor)
        self.hasDue.setObjectName(u"hasDue")

        self.dueBox.addWidget(self.hasDue)

        self.nextStepDue = QDateEdit(ConsultationEditor)
        self.nextStepDue.setObjectName(u"nextStepDue")
        self.nextStepDue.setCalendarPopup(True)

        self.dueBox.addWidget(self.nextStepDue)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.dueBox)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(ConsultationEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.date)
        self.tripLabel.setBuddy(self.trip)
        self.organizationLabel.setBuddy(self.organization)
        self.consultantsLabel.setBuddy(self.consultants)
        self.formatLabel.setBuddy(self.format)
        self.interestLabel.setBuddy(self.interest)
        self.topicsLabel.setBuddy(self.topics)
        self.outcomeLabel.setBuddy(self.outcome)
        self.notesLabel.setBuddy(self.notes)
        self.nextStepsLabel.setBuddy(self.nextSteps)
        self.nextStepOwnerLabel.setBuddy(self.nextStepOwner)
        self.hasDueLabel.setBuddy(self.hasDue)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsultationEditor)

        QMetaObject.connectSlotsByName(ConsultationEditor)
    # setupUi

    def retranslateUi(self, ConsultationEditor):
        ConsultationEditor.setWindowTitle(QCoreApplication.translate("ConsultationEditor", u"Consultation", None))
        self.dateLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Date", None))
        self.date.setDisplayFormat(QCoreApplication.translate("ConsultationEditor", u"dd.MM.yyyy", None))
        self.dateError.setText("")
        self.dateError.setStyleSheet(QCoreApplication.translate("ConsultationEditor", u"color: #b00020;", None))
        self.tripLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Trip", None))
        self.organizationLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Organization", None))
        self.organization.setPlaceholderText(QCoreApplication.translate("ConsultationEditor", u"Start typing a name or BIN\u2026", None))
        self.organizationError.setText("")
        self.organizationError.setStyleSheet(QCoreApplication.translate("ConsultationEditor", u"color: #b00020;", None))
        self.consultantsLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Consultants", None))
        self.formatLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Format", None))
        self.interestLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Interest in joining a cluster", None))
        self.topicsLabel.setText(QCoreApplication.translate("ConsultationEditor", u"To&pics", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ConsultationEditor", u"O&utcome", None))
        self.outcome.setPlaceholderText(QCoreApplication.translate("ConsultationEditor", u"e.g. confirmed readiness to participate", None))
        self.notesLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Notes", None))
        self.nextStepsLabel.setText(QCoreApplication.translate("ConsultationEditor", u"Ne&xt steps", None))
        self.nextStepOwnerLabel.setText(QCoreApplication.translate("ConsultationEditor", u"O&wner", None))
        self.hasDueLabel.setText(QCoreApplication.translate("ConsultationEditor", u"D&ue date", None))
        self.hasDue.setText(QCoreApplication.translate("ConsultationEditor", u"set", None))
        self.nextStepDue.setDisplayFormat(QCoreApplication.translate("ConsultationEditor", u"dd.MM.yyyy", None))
    # retranslateUi

