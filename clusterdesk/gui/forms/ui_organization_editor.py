# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organization_editor.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_OrganizationEditor(object):
    def setupUi(self, OrganizationEditor):
        if not OrganizationEditor.objectName():
            OrganizationEditor.setObjectName(u"OrganizationEditor")
        OrganizationEditor.resize(640, 640)
        self.dialogLayout = QVBoxLayout(OrganizationEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(OrganizationEditor)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsForm = QFormLayout(self.detailsTab)
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nameLabel = QLabel(self.detailsTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

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


        self.detailsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameErrorBox)

        self.kindLabel = QLabel(self.detailsTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.detailsTab)
        self.kind.setObjectName(u"kind")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.legalFormLabel = QLabel(self.detailsTab)
        self.legalFormLabel.setObjectName(u"legalFormLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.legalFormLabel)

        self.legalForm = QLineEdit(self.detailsTab)
        self.legalForm.setObjectName(u"legalForm")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.legalForm)

        self.binLabel = QLabel(self.detailsTab)
        self.binLabel.setObjectName(u"binLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.binLabel)

        self.binErrorBox = QVBoxLayout()
        self.binErrorBox.setObjectName(u"binErrorBox")
        self.bin = QLineEdit(self.detailsTab)
        self.bin.setObjectName(u"bin")

        self.binErrorBox.addWidget(self.bin)

        self.binError = QLabel(self.detailsTab)
        self.binError.setObjectName(u"binError")
        self.binError.setWordWrap(True)
        self.binError.setVisible(False)

        self.binErrorBox.addWidget(self.binError)


        self.detailsForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.binErrorBox)

        self.sizeClassLabel = QLabel(self.detailsTab)
        self.sizeClassLabel.setObjectName(u"sizeClassLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sizeClassLabel)

        self.sizeClass = QComboBox(self.detailsTab)
        self.sizeClass.setObjectName(u"sizeClass")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sizeClass)

        self.employeesLabel = QLabel(self.detailsTab)
        self.employeesLabel.setObjectName(u"employeesLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.employeesLabel)

        self.employees = QSpinBox(self.detailsTab)
        self.employees.setObjectName(u"employees")
        self.employees.setMaximum(1000000)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.employees)

        self.revenueLabel = QLabel(self.detailsTab)
        self.revenueLabel.setObjectName(u"revenueLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.revenueLabel)

        self.revenue = QDoubleSpinBox(self.detailsTab)
        self.revenue.setObjectName(u"revenue")
        self.revenue.setMaximum(100000000.000000000000000)
        self.revenue.setDecimals(1)

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.revenue)

        self.exportShareLabel = QLabel(self.detailsTab)
        self.exportShareLabel.setObjectName(u"exportShareLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.exportShareLabel)

        self.exportShare = QDoubleSpinBox(self.detailsTab)
        self.exportShare.setObjectName(u"exportShare")
        self.exportShare.setMaximum(100.000000000000000)
        self.exportShare.setDecimals(1)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.exportShare)

        self.regionRecordedLabel = QLabel(self.detailsTab)
        self.regionRecordedLabel.setObjectName(u"regionRecordedLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.regionRecordedLabel)

        self.regionRecorded = QComboBox(self.detailsTab)
        self.regionRecorded.setObjectName(u"regionRecorded")
        self.regionRecorded.setEditable(True)

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.regionRecorded)

        self.regionTodayLabel = QLabel(self.detailsTab)
        self.regionTodayLabel.setObjectName(u"regionTodayLabel")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.regionTodayLabel)

        self.regionToday = QLabel(self.detailsTab)
        self.regionToday.setObjectName(u"regionToday")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.regionToday)

        self.sectorLabel = QLabel(self.detailsTab)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sector = QComboBox(self.detailsTab)
        self.sector.setObjectName(u"sector")
        self.sector.setEditable(True)

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.sector)

        self.okedLabel = QLabel(self.detailsTab)
        self.okedLabel.setObjectName(u"okedLabel")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.okedLabel)

        self.oked = QLineEdit(self.detailsTab)
        self.oked.setObjectName(u"oked")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.oked)

        self.addressLabel = QLabel(self.detailsTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(self.detailsTab)
        self.address.setObjectName(u"address")

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.address)

        self.phoneLabel = QLabel(self.detailsTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.detailsForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.detailsTab)
        self.phone.setObjectName(u"phone")

        self.detailsForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.phone)

        self.emailLabel = QLabel(self.detailsTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.detailsForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailErrorBox = QVBoxLayout()
        self.emailErrorBox.setObjectName(u"emailErrorBox")
        self.email = QLineEdit(self.detailsTab)
        self.email.setObjectName(u"email")

        self.emailErrorBox.addWidget(self.email)

        self.emailError = QLabel(self.detailsTab)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setVisible(False)

        self.emailErrorBox.addWidget(self.emailError)


        self.detailsForm.setLayout(14, QFormLayout.ItemRole.FieldRole, self.emailErrorBox)

        self.websiteLabel = QLabel(self.detailsTab)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.detailsForm.setWidget(15, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.website = QLineEdit(self.detailsTab)
        self.website.setObjectName(u"website")

        self.detailsForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.website)

        self.tabs.addTab(self.detailsTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsView = QTableView(self.contactsTab)
        self.contactsView.setObjectName(u"contactsView")
        self.contactsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.contactsView.setAlternatingRowColors(True)
        self.contactsView.setSortingEnabled(True)

        self.contactsLayout.addWidget(self.contactsView)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.addContact = QPushButton(self.contactsTab)
        self.addContact.setObjectName(u"addContact")

        self.contactButtons.addWidget(self.addContact)

        self.removeContact = QPushButton(self.contactsTab)
        self.removeContact.setObjectName(u"removeContact")

        self.contactButtons.addWidget(self.removeContact)

        self.contactSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactSpacer)


        self.contactsLayout.addLayout(self.contactButtons)

        self.tabs.addTab(self.contactsTab, "")
        self.consultationsTab = QWidget()
        self.consultationsTab.setObjectName(u"consultationsTab")
        self.orgConsLayout = QVBoxLayout(self.consultationsTab)
        self.orgConsLayout.setObjectName(u"orgConsLayout")
        self.consultationsView = QTableView(self.consultationsTab)
        self.consultationsView.setObjectName(u"consultationsView")
        self.consultationsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.consultationsView.setAlternatingRowColors(True)
        self.consultationsView.setSortingEnabled(True)

        self.orgConsLayout.addWidget(self.consultationsView)

        self.tabs.addTab(self.consultationsTab, "")
        self.initiativesTab = QWidget()
        self.initiativesTab.setObjectName(u"initiativesTab")
        self.orgIniLayout = QVBoxLayout(self.initiativesTab)
        self.orgIniLayout.setObjectName(u"orgIniLayout")
        self.initiativesView = QTableView(self.initiativesTab)
        self.initiativesView.setObjectName(u"initiativesView")
        self.initiativesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.initiativesView.setAlternatingRowColors(True)
        self.initiativesView.setSortingEnabled(True)

        self.orgIniLayout.addWidget(self.initiativesView)

        self.tabs.addTab(self.initiativesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(OrganizationEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.legalFormLabel.setBuddy(self.legalForm)
        self.binLabel.setBuddy(self.bin)
        self.sizeClassLabel.setBuddy(self.sizeClass)
        self.employeesLabel.setBuddy(self.employees)
        self.revenueLabel.setBuddy(self.revenue)
        self.exportShareLabel.setBuddy(self.exportShare)
        self.regionRecordedLabel.setBuddy(self.regionRecorded)
        self.regionTodayLabel.setBuddy(self.regionToday)
        self.sectorLabel.setBuddy(self.sector)
        self.okedLabel.setBuddy(self.oked)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.websiteLabel.setBuddy(self.website)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganizationEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OrganizationEditor)
    # setupUi

    def retranslateUi(self, OrganizationEditor):
        OrganizationEditor.setWindowTitle(QCoreApplication.translate("OrganizationEditor", u"Organization", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganizationEditor", u"&Name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("OrganizationEditor", u"\u0422\u041e\u041e \u00ab\u2026\u00bb", None))
        self.nameError.setText("")
        self.nameError.setStyleSheet(QCoreApplication.translate("OrganizationEditor", u"color: #b00020;", None))
        self.kindLabel.setText(QCoreApplication.translate("OrganizationEditor", u"&Kind", None))
        self.legalFormLabel.setText(QCoreApplication.translate("OrganizationEditor", u"&Legal form", None))
        self.legalForm.setPlaceholderText(QCoreApplication.translate("OrganizationEditor", u"\u0422\u041e\u041e, \u0410\u041e, \u0418\u041f, \u041a\u0425\u2026", None))
        self.binLabel.setText(QCoreApplication.translate("OrganizationEditor", u"&BIN / IIN", None))
        self.bin.setPlaceholderText(QCoreApplication.translate("OrganizationEditor", u"12 digits", None))
        self.binError.setText("")
        self.binError.setStyleSheet(QCoreApplication.translate("OrganizationEditor", u"color: #b00020;", None))
        self.sizeClassLabel.setText(QCoreApplication.translate("OrganizationEditor", u"Si&ze class", None))
        self.employeesLabel.setText(QCoreApplication.translate("OrganizationEditor", u"&Employees", None))
        self.employees.setSpecialValueText(QCoreApplication.translate("OrganizationEditor", u"\u2014", None))
        self.revenueLabel.setText(QCoreApplication.translate("OrganizationEditor", u"Annual &revenue, mln KZT", None))
        self.revenue.setSpecialValueText(QCoreApplication.translate("OrganizationEditor", u"\u2014", None))
        self.exportShareLabel.setText(QCoreApplication.translate("OrganizationEditor", u"Share of e&xports, %", None))
        self.exportShare.setSpecialValueText(QCoreApplication.translate("OrganizationEditor", u"\u2014", None))
        self.regionRecordedLabel.setText(QCoreApplication.translate("OrganizationEditor", u"Re&gion (as recorded)", None))
        self.regionTodayLabel.setText(QCoreApplication.translate("OrganizationEditor", u"Region today", None))
        self.regionToday.setText("")
        self.sectorLabel.setText(QCoreApplication.translate("OrganizationEditor", u"&Sector", None))
        self.okedLabel.setText(QCoreApplication.translate("OrganizationEditor", u"&OKED", None))
        self.oked.setPlaceholderText(QCoreApplication.translate("OrganizationEditor", u"10.61", None))
        self.addressLabel.setText(QCoreApplication.translate("OrganizationEditor", u"A&ddress", None))
        self.phoneLabel.setText(QCoreApplication.translate("OrganizationEditor", u"&Phone", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("OrganizationEditor", u"+7 (7142) 00-00-00", None))
        self.emailLabel.setText(QCoreApplication.translate("OrganizationEditor", u"E-&mail", None))
        self.email.setPlaceholderText(QCoreApplication.translate("OrganizationEditor", u"name@company.kz", None))
        self.emailError.setText("")
        self.emailError.setStyleSheet(QCoreApplication.translate("OrganizationEditor", u"color: #b00020;", None))
        self.websiteLabel.setText(QCoreApplication.translate("OrganizationEditor", u"&Website", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("OrganizationEditor", u"Details", None))
        self.addContact.setText(QCoreApplication.translate("OrganizationEditor", u"Add contact\u2026", None))
        self.removeContact.setText(QCoreApplication.translate("OrganizationEditor", u"Remove contact", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("OrganizationEditor", u"Contacts", None))
        self.tabs.setTabText(self.tabs.indexOf(self.consultationsTab), QCoreApplication.translate("OrganizationEditor", u"Consultations", None))
        self.tabs.setTabText(self.tabs.indexOf(self.initiativesTab), QCoreApplication.translate("OrganizationEditor", u"Initiatives", None))
    # retranslateUi

