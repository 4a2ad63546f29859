# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        SyncPage.resize(900, 640)
        self.pageLayout = QVBoxLayout(SyncPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.statusGroup = QGroupBox(SyncPage)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusLayout = QVBoxLayout(self.statusGroup)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLabel = QLabel(self.statusGroup)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.statusLayout.addWidget(self.statusLabel)

        self.clockLayout = QHBoxLayout()
        self.clockLayout.setObjectName(u"clockLayout")
        self.clockLabel = QLabel(self.statusGroup)
        self.clockLabel.setObjectName(u"clockLabel")
        self.clockLabel.setWordWrap(True)
        self.clockLabel.setVisible(False)

        self.clockLayout.addWidget(self.clockLabel)

        self.redateButton = QPushButton(self.statusGroup)
        self.redateButton.setObjectName(u"redateButton")
        self.redateButton.setVisible(False)

        self.clockLayout.addWidget(self.redateButton)

        self.clockLayout.setStretch(0, 1)

        self.statusLayout.addLayout(self.clockLayout)

        self.peersLabel = QLabel(self.statusGroup)
        self.peersLabel.setObjectName(u"peersLabel")
        self.peersLabel.setWordWrap(True)
        self.peersLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.statusLayout.addWidget(self.peersLabel)


        self.pageLayout.addWidget(self.statusGroup)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.exportChangesButton = QPushButton(SyncPage)
        self.exportChangesButton.setObjectName(u"exportChangesButton")

        self.buttonsLayout.addWidget(self.exportChangesButton)

        self.exportAllButton = QPushButton(SyncPage)
        self.exportAllButton.setObjectName(u"exportAllButton")

        self.buttonsLayout.addWidget(self.exportAllButton)

        self.importButton = QPushButton(SyncPage)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.pageLayout.addLayout(self.buttonsLayout)

        self.centralLayout = QHBoxLayout()
        self.centralLayout.setObjectName(u"centralLayout")
        self.syncCentralButton = QPushButton(SyncPage)
        self.syncCentralButton.setObjectName(u"syncCentralButton")

        self.centralLayout.addWidget(self.syncCentralButton)

        self.centralPath = QLabel(SyncPage)
        self.centralPath.setObjectName(u"centralPath")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.centralPath.sizePolicy().hasHeightForWidth())
        self.centralPath.setSizePolicy(sizePolicy)
        self.centralPath.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.centralLayout.addWidget(self.centralPath)

        self.chooseCentralButton = QPushButton(SyncPage)
        self.chooseCentralButton.setObjectName(u"chooseCentralButton")

        self.centralLayout.addWidget(self.chooseCentralButton)


        self.pageLayout.addLayout(self.centralLayout)

        self.summaryLabel = QLabel(SyncPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.pageLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(SyncPage)
        self.tabs.setObjectName(u"tabs")
        self.logTab = QWidget()
        self.logTab.setObjectName(u"logTab")
        self.logLayout = QVBoxLayout(self.logTab)
        self.logLayout.setObjectName(u"logLayout")
        self.logView = QTableView(self.logTab)
        self.logView.setObjectName(u"logView")
        self.logView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.logView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.logView.setAlternatingRowColors(True)
        self.logView.setWordWrap(False)

        self.logLayout.addWidget(self.logView)

        self.tabs.addTab(self.logTab, "")
        self.conflictsTab = QWidget()
        self.conflictsTab.setObjectName(u"conflictsTab")
        self.conflictsLayout = QVBoxLayout(self.conflictsTab)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictSplitter = QSplitter(self.conflictsTab)
        self.conflictSplitter.setObjectName(u"conflictSplitter")
        self.conflictSplitter.setOrientation(Qt.Vertical)
        self.conflictSplitter.setChildrenCollapsible(False)
        self.conflictsView = QTableView(self.conflictSplitter)
        self.conflictsView.setObjectName(u"conflictsView")
        self.conflictsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.conflictsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.conflictsView.setAlternatingRowColors(True)
        self.conflictsView.setWordWrap(False)
        self.conflictSplitter.addWidget(self.conflictsView)
        self.conflictDetail = QWidget(self.conflictSplitter)
        self.conflictDetail.setObjectName(u"conflictDetail")
        self.detailLayout = QVBoxLayout(self.conflictDetail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.conflictTitle = QLabel(self.conflictDetail)
        self.conflictTitle.setObjectName(u"conflictTitle")
        self.conflictTitle.setWordWrap(True)

        self.detailLayout.addWidget(self.conflictTitle)

        self.fieldsView = QTableView(self.conflictDetail)
        self.fieldsView.setObjectName(u"fieldsView")
        self.fieldsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.fieldsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.fieldsView.setWordWrap(False)

        self.detailLayout.addWidget(self.fieldsView)

        self.resolveLayout = QHBoxLayout()
        self.resolveLayout.setObjectName(u"resolveLayout")
        self.keepOtherButton = QPushButton(self.conflictDetail)
        self.keepOtherButton.setObjectName(u"keepOtherButton")

        self.resolveLayout.addWidget(self.keepOtherButton)

        self.keepCurrentButton = QPushButton(self.conflictDetail)
        self.keepCurrentButton.setObjectName(u"keepCurrentButton")

        self.resolveLayout.addWidget(self.keepCurrentButton)

        self.resolveSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resolveLayout.addItem(self.resolveSpacer)


        self.detailLayout.addLayout(self.resolveLayout)

        self.conflictSplitter.addWidget(self.conflictDetail)

        self.conflictsLayout.addWidget(self.conflictSplitter)

        self.tabs.addTab(self.conflictsTab, "")
        self.duplicatesTab = QWidget()
        self.duplicatesTab.setObjectName(u"duplicatesTab")
        self.duplicatesLayout = QVBoxLayout(self.duplicatesTab)
        self.duplicatesLayout.setObjectName(u"duplicatesLayout")
        self.duplicatesHint = QLabel(self.duplicatesTab)
        self.duplicatesHint.setObjectName(u"duplicatesHint")
        self.duplicatesHint.setWordWrap(True)

        self.duplicatesLayout.addWidget(self.duplicatesHint)

        self.duplicatesView = QTableView(self.duplicatesTab)
        self.duplicatesView.setObjectName(u"duplicatesView")
        self.duplicatesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.duplicatesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.duplicatesView.setAlternatingRowColors(True)
        self.duplicatesView.setWordWrap(False)

        self.duplicatesLayout.addWidget(self.duplicatesView)

        self.mergeLayout = QHBoxLayout()
        self.mergeLayout.setObjectName(u"mergeLayout")
        self.mergeButton = QPushButton(self.duplicatesTab)
        self.mergeButton.setObjectName(u"mergeButton")

        self.mergeLayout.addWidget(self.mergeButton)

        self.mergeSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mergeLayout.addItem(self.mergeSpacer)


        self.duplicatesLayout.addLayout(self.mergeLayout)

        self.tabs.addTab(self.duplicatesTab, "")
        self.heldTab = QWidget()
        self.heldTab.setObjectName(u"heldTab")
        self.heldLayout = QVBoxLayout(self.heldTab)
        self.heldLayout.setObjectName(u"heldLayout")
        self.heldHint = QLabel(self.heldTab)
        self.heldHint.setObjectName(u"heldHint")
        self.heldHint.setWordWrap(True)

        self.heldLayout.addWidget(self.heldHint)

        self.heldView = QTableView(self.heldTab)
        self.heldView.setObjectName(u"heldView")
        self.heldView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.heldView.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.heldView.setAlternatingRowColors(True)
        self.heldView.setWordWrap(False)

        self.heldLayout.addWidget(self.heldView)

        self.heldButtons = QHBoxLayout()
        self.heldButtons.setObjectName(u"heldButtons")
        self.discardHeldButton = QPushButton(self.heldTab)
        self.discardHeldButton.setObjectName(u"discardHeldButton")

        self.heldButtons.addWidget(self.discardHeldButton)

        self.heldSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heldButtons.addItem(self.heldSpacer)


        self.heldLayout.addLayout(self.heldButtons)

        self.tabs.addTab(self.heldTab, "")

        self.pageLayout.addWidget(self.tabs)

        QWidget.setTabOrder(self.exportChangesButton, self.exportAllButton)
        QWidget.setTabOrder(self.exportAllButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.syncCentralButton)
        QWidget.setTabOrder(self.syncCentralButton, self.chooseCentralButton)
        QWidget.setTabOrder(self.chooseCentralButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.logView)
        QWidget.setTabOrder(self.logView, self.conflictsView)
        QWidget.setTabOrder(self.conflictsView, self.fieldsView)
        QWidget.setTabOrder(self.fieldsView, self.keepOtherButton)
        QWidget.setTabOrder(self.keepOtherButton, self.keepCurrentButton)
        QWidget.setTabOrder(self.keepCurrentButton, self.duplicatesView)
        QWidget.setTabOrder(self.duplicatesView, self.mergeButton)

        self.retranslateUi(SyncPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
        self.statusGroup.setTitle(QCoreApplication.translate("SyncPage", u"Status", None))
        self.redateButton.setText(QCoreApplication.translate("SyncPage", u"R&e-date these changes\u2026", None))
        self.exportChangesButton.setText(QCoreApplication.translate("SyncPage", u"Export &changes\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportChangesButton.setToolTip(QCoreApplication.translate("SyncPage", u"Write the changes made since the last export to a sync file for head office", None))
#endif // QT_CONFIG(tooltip)
        self.exportAllButton.setText(QCoreApplication.translate("SyncPage", u"Export e&verything\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportAllButton.setToolTip(QCoreApplication.translate("SyncPage", u"Write every record of this database to a sync file", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("SyncPage", u"&Import files\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("SyncPage", u"Import one or more sync files (you can also drop them on the window)", None))
#endif // QT_CONFIG(tooltip)
        self.syncCentralButton.setText(QCoreApplication.translate("SyncPage", u"S&ync with central file", None))
#if QT_CONFIG(tooltip)
        self.syncCentralButton.setToolTip(QCoreApplication.translate("SyncPage", u"Import what is new in the shared file, then write this database's changes back into it", None))
#endif // QT_CONFIG(tooltip)
        self.chooseCentralButton.setText(QCoreApplication.translate("SyncPage", u"Ch&oose\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseCentralButton.setToolTip(QCoreApplication.translate("SyncPage", u"Choose the central sync file (on a shared folder or a USB stick)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.logTab), QCoreApplication.translate("SyncPage", u"Import &log", None))
        self.keepOtherButton.setText(QCoreApplication.translate("SyncPage", u"&Keep the other version", None))
        self.keepCurrentButton.setText(QCoreApplication.translate("SyncPage", u"Keep &this version", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conflictsTab), QCoreApplication.translate("SyncPage", u"Co&nflicts", None))
        self.duplicatesHint.setText(QCoreApplication.translate("SyncPage", u"Organizations without a BIN whose names look alike in the same region. Merge the ones that are really the same organization.", None))
        self.mergeButton.setText(QCoreApplication.translate("SyncPage", u"&Merge into\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.duplicatesTab), QCoreApplication.translate("SyncPage", u"&Duplicates", None))
        self.heldHint.setText(QCoreApplication.translate("SyncPage", u"Records received but not applied: stamped too far ahead of this computer's clock, signed by a device this computer does not know yet, or referring to such a record. Each later import applies those it can. Discard the ones that never will; the computer that sent them still has them.", None))
        self.discardHeldButton.setText(QCoreApplication.translate("SyncPage", u"Disc&ard\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.heldTab), QCoreApplication.translate("SyncPage", u"&Held back", None))
        pass
    # retranslateUi

