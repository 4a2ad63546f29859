# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'application_editor.ui'
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
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ApplicationEditor(object):
    def setupUi(self, ApplicationEditor):
        if not ApplicationEditor.objectName():
            ApplicationEditor.setObjectName(u"ApplicationEditor")
        ApplicationEditor.resize(1240, 800)
        self.dialogLayout = QVBoxLayout(ApplicationEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(ApplicationEditor)
        self.heading.setObjectName(u"heading")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.heading.sizePolicy().hasHeightForWidth())
        self.heading.setSizePolicy(sizePolicy)
        self.heading.setTextFormat(Qt.RichText)
        self.heading.setWordWrap(True)

        self.dialogLayout.addWidget(self.heading)

        self.splitter = QSplitter(ApplicationEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.sectionsTab = QWidget()
        self.sectionsTab.setObjectName(u"sectionsTab")
        self.sectionsTabLayout = QVBoxLayout(self.sectionsTab)
        self.sectionsTabLayout.setObjectName(u"sectionsTabLayout")
        self.sectionsScroll = QScrollArea(self.sectionsTab)
        self.sectionsScroll.setObjectName(u"sectionsScroll")
        self.sectionsScroll.setWidgetResizable(True)
        self.sectionsContent = QWidget()
        self.sectionsContent.setObjectName(u"sectionsContent")
        self.sectionsLayout = QVBoxLayout(self.sectionsContent)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsScroll.setWidget(self.sectionsContent)

        self.sectionsTabLayout.addWidget(self.sectionsScroll)

        self.tabs.addTab(self.sectionsTab, "")
        self.participantsTab = QWidget()
        self.participantsTab.setObjectName(u"participantsTab")
        self.participantsTabLayout = QVBoxLayout(self.participantsTab)
        self.participantsTabLayout.setObjectName(u"participantsTabLayout")
        self.participantsView = QTableView(self.participantsTab)
        self.participantsView.setObjectName(u"participantsView")
        self.participantsView.setAlternatingRowColors(True)
        self.participantsView.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.participantsView.setSelectionMode(QAbstractItemView.SingleSelection)

        self.participantsTabLayout.addWidget(self.participantsView)

        self.participantButtons = QHBoxLayout()
        self.participantButtons.setObjectName(u"participantButtons")
        self.addParticipant = QPushButton(self.participantsTab)
        self.addParticipant.setObjectName(u"addParticipant")

        self.participantButtons.addWidget(self.addParticipant)

        self.removeParticipant = QPushButton(self.participantsTab)
        self.removeParticipant.setObjectName(u"removeParticipant")

        self.participantButtons.addWidget(self.removeParticipant)

        self.refreshParticipants = QPushButton(self.participantsTab)
        self.refreshParticipants.setObjectName(u"refreshParticipants")

        self.participantButtons.addWidget(self.refreshParticipants)

        self.participantSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participantButtons.addItem(self.participantSpacer)

        self.participantsSummary = QLabel(self.participantsTab)
        self.participantsSummary.setObjectName(u"participantsSummary")

        self.participantButtons.addWidget(self.participantsSummary)


        self.participantsTabLayout.addLayout(self.participantButtons)

        self.tabs.addTab(self.participantsTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsTabLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsTabLayout.setObjectName(u"attachmentsTabLayout")
        self.attachmentsScroll = QScrollArea(self.attachmentsTab)
        self.attachmentsScroll.setObjectName(u"attachmentsScroll")
        self.attachmentsScroll.setWidgetResizable(True)
        self.attachmentsContent = QWidget()
        self.attachmentsContent.setObjectName(u"attachmentsContent")
        self.attachmentsLayout = QGridLayout(self.attachmentsContent)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsScroll.setWidget(self.attachmentsContent)

        self.attachmentsTabLayout.addWidget(self.attachmentsScroll)

        self.tabs.addTab(self.attachmentsTab, "")
        self.evaluationTab = QWidget()
        self.evaluationTab.setObjectName(u"evaluationTab")
        self.evaluationTabLayout = QVBoxLayout(self.evaluationTab)
        self.evaluationTabLayout.setObjectName(u"evaluationTabLayout")
        self.scoresTable = QTableWidget(self.evaluationTab)
        self.scoresTable.setObjectName(u"scoresTable")
        self.scoresTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.scoresTable.setAlternatingRowColors(True)

        self.evaluationTabLayout.addWidget(self.scoresTable)

        self.evaluationButtons = QHBoxLayout()
        self.evaluationButtons.setObjectName(u"evaluationButtons")
        self.recordPoints = QPushButton(self.evaluationTab)
        self.recordPoints.setObjectName(u"recordPoints")

        self.evaluationButtons.addWidget(self.recordPoints)

        self.markEvaluated = QPushButton(self.evaluationTab)
        self.markEvaluated.setObjectName(u"markEvaluated")

        self.evaluationButtons.addWidget(self.markEvaluated)

        self.evaluationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evaluationButtons.addItem(self.evaluationSpacer)

        self.totalLabel = QLabel(self.evaluationTab)
        self.totalLabel.setObjectName(u"totalLabel")

        self.evaluationButtons.addWidget(self.totalLabel)


        self.evaluationTabLayout.addLayout(self.evaluationButtons)

        self.tabs.addTab(self.evaluationTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyTabLayout = QVBoxLayout(self.historyTab)
        self.historyTabLayout.setObjectName(u"historyTabLayout")
        self.historyTable = QTableWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setWordWrap(True)

        self.historyTabLayout.addWidget(self.historyTable)

        self.tabs.addTab(self.historyTab, "")
        self.splitter.addWidget(self.tabs)
        self.compliancePanel = QGroupBox(self.splitter)
        self.compliancePanel.setObjectName(u"compliancePanel")
        self.complianceLayout = QVBoxLayout(self.compliancePanel)
        self.complianceLayout.setObjectName(u"complianceLayout")
        self.complianceSummary = QLabel(self.compliancePanel)
        self.complianceSummary.setObjectName(u"complianceSummary")
        self.complianceSummary.setWordWrap(True)

        self.complianceLayout.addWidget(self.complianceSummary)

        self.problemsList = QListWidget(self.compliancePanel)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setWordWrap(True)
        self.problemsList.setAlternatingRowColors(True)
        self.problemsList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.complianceLayout.addWidget(self.problemsList)

        self.checkNow = QPushButton(self.compliancePanel)
        self.checkNow.setObjectName(u"checkNow")

        self.complianceLayout.addWidget(self.checkNow)

        self.splitter.addWidget(self.compliancePanel)

        self.dialogLayout.addWidget(self.splitter)

        self.workflowButtons = QHBoxLayout()
        self.workflowButtons.setObjectName(u"workflowButtons")
        self.submit = QPushButton(ApplicationEditor)
        self.submit.setObjectName(u"submit")

        self.workflowButtons.addWidget(self.submit)

        self.register = QPushButton(ApplicationEditor)
        self.register.setObjectName(u"register")

        self.workflowButtons.addWidget(self.register)

        self.reject = QPushButton(ApplicationEditor)
        self.reject.setObjectName(u"reject")

        self.workflowButtons.addWidget(self.reject)

        self.returnToDraft = QPushButton(ApplicationEditor)
        self.returnToDraft.setObjectName(u"returnToDraft")

        self.workflowButtons.addWidget(self.returnToDraft)

        self.workflowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workflowButtons.addItem(self.workflowSpacer)

        self.languageLabel = QLabel(ApplicationEditor)
        self.languageLabel.setObjectName(u"languageLabel")

        self.workflowButtons.addWidget(self.languageLabel)

        self.printLanguage = QComboBox(ApplicationEditor)
        self.printLanguage.setObjectName(u"printLanguage")

        self.workflowButtons.addWidget(self.printLanguage)

        self.printPdf = QPushButton(ApplicationEditor)
        self.printPdf.setObjectName(u"printPdf")

        self.workflowButtons.addWidget(self.printPdf)

        self.buttonBox = QDialogButtonBox(ApplicationEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.workflowButtons.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.workflowButtons)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.printLanguage)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApplicationEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ApplicationEditor)
    # setupUi

    def retranslateUi(self, ApplicationEditor):
        ApplicationEditor.setWindowTitle(QCoreApplication.translate("ApplicationEditor", u"Application", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sectionsTab), QCoreApplication.translate("ApplicationEditor", u"&Sections", None))
        self.addParticipant.setText(QCoreApplication.translate("ApplicationEditor", u"&Add participant", None))
        self.removeParticipant.setText(QCoreApplication.translate("ApplicationEditor", u"Re&move participant", None))
        self.refreshParticipants.setText(QCoreApplication.translate("ApplicationEditor", u"Re&fresh from the initiative's members", None))
        self.tabs.setTabText(self.tabs.indexOf(self.participantsTab), QCoreApplication.translate("ApplicationEditor", u"&Participants", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("ApplicationEditor", u"A&ttachments", None))
        self.recordPoints.setText(QCoreApplication.translate("ApplicationEditor", u"Record &points\u2026", None))
        self.markEvaluated.setText(QCoreApplication.translate("ApplicationEditor", u"Mark e&valuated", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evaluationTab), QCoreApplication.translate("ApplicationEditor", u"&Evaluation", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("ApplicationEditor", u"&History", None))
        self.compliancePanel.setTitle(QCoreApplication.translate("ApplicationEditor", u"Compliance check", None))
        self.checkNow.setText(QCoreApplication.translate("ApplicationEditor", u"&Check now", None))
        self.submit.setText(QCoreApplication.translate("ApplicationEditor", u"S&ubmit\u2026", None))
        self.register.setText(QCoreApplication.translate("ApplicationEditor", u"&Register", None))
        self.reject.setText(QCoreApplication.translate("ApplicationEditor", u"Re&ject\u2026", None))
        self.returnToDraft.setText(QCoreApplication.translate("ApplicationEditor", u"Return to &draft", None))
        self.languageLabel.setText(QCoreApplication.translate("ApplicationEditor", u"PDF &language", None))
        self.printPdf.setText(QCoreApplication.translate("ApplicationEditor", u"Print P&DF\u2026", None))
    # retranslateUi

