<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Нұсқасы %1</translation>
    </message>
    <message>
        <source>Bundled libraries and fonts, with their licences:</source>
        <translation>Бағдарлама құрамындағы кітапханалар мен қаріптер және олардың лицензиялары:</translation>
    </message>
    <message>
        <source>The fonts may be bundled and redistributed freely; the full licence text is in %1.</source>
        <translation>Қаріптерді бағдарламаларға еркін қосуға және таратуға болады; лицензияның толық мәтіні — %1 файлында.</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>бас кеңсе</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>кеңесші</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>талдаушы</translation>
    </message>
    <message>
        <source>This computer (%1): device key fingerprint %2.</source>
        <translation>Осы компьютер (%1): құрылғы кілтінің іздері %2.</translation>
    </message>
    <message>
        <source>Not in a programme: sync files are written unsigned and unencrypted.</source>
        <translation>Бағдарламаға кірмейді: синхрондау файлдары қолтаңбасыз және шифрланбай жазылады.</translation>
    </message>
    <message>
        <source>not enrolled yet</source>
        <translation>әлі тіркелмеген</translation>
    </message>
    <message>
        <source>Programme «%1», role: %2.</source>
        <translation>Бағдарлама «%1», рөлі: %2.</translation>
    </message>
    <message>
        <source>About ClusterDesk</source>
        <translation>ClusterDesk туралы</translation>
    </message>
    <message>
        <source>ClusterDesk</source>
        <translation>ClusterDesk</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Журнал файлы</translation>
    </message>
</context>
<context>
    <name>ApplicationActions</name>
    <message>
        <source>Choose the file: %1</source>
        <translation>Файлды таңдаңыз: %1</translation>
    </message>
    <message>
        <source>Submit the application for registration?</source>
        <translation>Өтінімді тіркеуге тапсыру керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>The check finds %n problem(s); head office will reject the application at registration unless they are fixed. Submit anyway?</source>
        <translation>
            <numerusform>Тексеру %n сәйкессіздік тапты; олар түзетілмесе, бас кеңсе өтінімді тіркеу кезінде қабылдамайды. Бәрібір тапсыру керек пе?</numerusform>
            <numerusform>Тексеру %n сәйкессіздік тапты; олар түзетілмесе, бас кеңсе өтінімді тіркеу кезінде қабылдамайды. Бәрібір тапсыру керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>The application does not meet the formal requirements and was rejected at registration:</source>
        <translation>Өтінім формалды талаптарға сай келмейді және тіркеу кезінде қабылданбады:</translation>
    </message>
    <message>
        <source>Save the application as PDF</source>
        <translation>Өтінімді PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>PDF файлын %1 орнына жазу мүмкін болмады: %2</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>This application was changed elsewhere (by an import or in another window). Reload it? Your unsaved changes here would be lost.</source>
        <translation>Бұл өтінім басқа жерде өзгертілді (импорт кезінде немесе басқа терезеде). Оны қайта жүктеу керек пе? Мұндағы сақталмаған өзгерістер жоғалады.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>%1 (not in the list)</source>
        <translation>%1 (тізімде жоқ)</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Өтінім: %1</translation>
    </message>
    <message>
        <source>Round %1 · deadline %2 · status: %3 · template %4 %5</source>
        <translation>%1 іріктеуі · мерзімі %2 · мәртебесі: %3 · үлгі: %4, %5 ж.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Себептері</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Өлшемшарт</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Ең көбі</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Жиыны</translation>
    </message>
    <message numerus="yes">
        <source>Total (average of %n evaluator(s)): %1 of %2</source>
        <translation>
            <numerusform>Барлығы (%n сарапшының орташасы): %2 балдан %1</numerusform>
            <numerusform>Барлығы (%n сарапшының орташасы): %2 балдан %1</numerusform>
        </translation>
    </message>
    <message>
        <source>place %1 in the round</source>
        <translation>іріктеудегі орны: %1</translation>
    </message>
    <message>
        <source>No points recorded yet.</source>
        <translation>Балдар әлі енгізілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) would stop this application at registration. Click a problem to go to what needs fixing.</source>
        <translation>
            <numerusform>%n сәйкессіздік өтінімді тіркеуге кедергі келтіреді. Түзетілетін жерге өту үшін сәйкессіздікті басыңыз.</numerusform>
            <numerusform>%n сәйкессіздік өтінімді тіркеуге кедергі келтіреді. Түзетілетін жерге өту үшін сәйкессіздікті басыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the application meets the formal requirements.</source>
        <translation>Сәйкессіздік жоқ: өтінім формалды талаптарға сай.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n қатысушы</numerusform>
            <numerusform>%n қатысушы</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the changes to this application?</source>
        <translation>Өтінімдегі өзгерістерді сақтау керек пе?</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Бөлімдер</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Қатысушылар</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>Қатысушы қо&amp;су</translation>
    </message>
    <message>
        <source>Re&amp;move participant</source>
        <translation>Қатысушыны &amp;жою</translation>
    </message>
    <message>
        <source>Re&amp;fresh from the initiative&apos;s members</source>
        <translation>Бастама қатысушыларынан жаңа&amp;рту</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Қ&amp;осымшалар</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>Ба&amp;ғалау</translation>
    </message>
    <message>
        <source>Record &amp;points…</source>
        <translation>Балдарды &amp;енгізу…</translation>
    </message>
    <message>
        <source>Mark e&amp;valuated</source>
        <translation>Бағаланды деп бел&amp;гілеу</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>Compliance check</source>
        <translation>Талаптарға сәйкестікті тексеру</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Қазір тексер&amp;у</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>Т&amp;апсыру…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Т&amp;іркеу</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Қабыл&amp;дамау…</translation>
    </message>
    <message>
        <source>Return to &amp;draft</source>
        <translation>Жоба &amp;күйіне қайтару</translation>
    </message>
    <message>
        <source>PDF &amp;language</source>
        <translation>&amp;PDF тілі</translation>
    </message>
    <message>
        <source>Print P&amp;DF…</source>
        <translation>PDF басып &amp;шығару…</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>* белгісі бар өрістерді толтыру міндетті.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <source>a number, e.g. 1250.5</source>
        <translation>сан, мысалы 1250.5</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Tick what is enclosed and give its file. Attachments marked * are required.</source>
        <translation>Қоса берілетін құжаттарды белгілеп, олардың файлын көрсетіңіз. * белгісі бар қосымшалар міндетті.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл таңдалмаған</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
</context>
<context>
    <name>ApplicationParticipants</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Адам саны</translation>
    </message>
    <message>
        <source>Revenue, mln KZT</source>
        <translation>Түсім, млн тг</translation>
    </message>
    <message>
        <source>Exports, %</source>
        <translation>Экспорт, %</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Келісім</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Өтінімдер</translation>
    </message>
    <message>
        <source>Round &amp;ranking</source>
        <translation>Іріктеу &amp;рейтингі</translation>
    </message>
    <message>
        <source>Sel&amp;ection rounds</source>
        <translation>Іріктеу &amp;кезеңдері</translation>
    </message>
    <message>
        <source>&amp;New from an initiative…</source>
        <translation>Бастамадан &amp;жаңа өтінім…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Қабылдамау…</translation>
    </message>
    <message>
        <source>Record &amp;points…</source>
        <translation>Балдарды &amp;енгізу…</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>The application does not meet the formal requirements and was rejected at registration:</source>
        <translation>Өтінім формалды талаптарға сай келмейді және тіркеу кезінде қабылданбады:</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Once a day the database is copied into the backups folder next to it; copies of older days are removed. Days the computer was not used do not count.</source>
        <translation>Күніне бір рет дерекқор жанындағы сақтық көшірмелер қалтасына көшіріледі; ескі күндердің көшірмелері жойылады. Компьютер пайдаланылмаған күндер есептелмейді.</translation>
    </message>
    <message>
        <source>Daily &amp;backups kept</source>
        <translation>Сақталатын күнделікті &amp;көшірмелер</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message numerus="yes">
        <source>%n complete diagnostic(s) will be printed.</source>
        <translation>
            <numerusform>%n аяқталған диагностика басып шығарылады.</numerusform>
            <numerusform>%n аяқталған диагностика басып шығарылады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Қызығушылық</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Бастама</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Кірді</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Шықты</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Кеңесшілер</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Құқықтық нысаны</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Мөлшері</translation>
    </message>
    <message>
        <source>Revenue, mln KZT</source>
        <translation>Түсім, млн теңге</translation>
    </message>
    <message>
        <source>Export share</source>
        <translation>Экспорт үлесі</translation>
    </message>
    <message>
        <source>Region as recorded</source>
        <translation>Құжат бойынша өңір</translation>
    </message>
    <message>
        <source>Settlement (KATO)</source>
        <translation>Елді мекен (ӘАОЖ)</translation>
    </message>
    <message>
        <source>OKED</source>
        <translation>ЭҚЖЖ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Name language</source>
        <translation>Атауының тілі</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Жазба идентификаторы</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Іссапар</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Келесі қадамдар</translation>
    </message>
    <message>
        <source>Next step owner</source>
        <translation>Қадамға жауапты</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Қадам мерзімі</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Next step done</source>
        <translation>Келесі қадам орындалды</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Үлгі нұсқасы</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Нұсқасы</translation>
    </message>
</context>
<context>
    <name>ConsultationEditor</name>
    <message>
        <source>— no trip —</source>
        <translation>— іссапарсыз —</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Жаңа…</translation>
    </message>
    <message>
        <source>Create the organization now if it is not in the database yet (Ctrl+Shift+O)</source>
        <translation>Ұйым базада әлі жоқ болса, оны қазір құру (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Жаңа кеңес</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>Кеңес: %1</translation>
    </message>
    <message>
        <source>%1 · %2 (deleted)</source>
        <translation>%1 · %2 (жойылған)</translation>
    </message>
    <message>
        <source>a trip not in this database (%1)</source>
        <translation>осы дерекқорда жоқ сапар (%1)</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Кеңес</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;Іссапар</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Ұйым</translation>
    </message>
    <message>
        <source>Start typing a name or BIN…</source>
        <translation>Атауын немесе БСН-ін тере бастаңыз…</translation>
    </message>
    <message>
        <source>&amp;Consultants</source>
        <translation>Кеңес&amp;шілер</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>&amp;Interest in joining a cluster</source>
        <translation>Кластерге қатысуға &amp;қызығушылық</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>&amp;Тақырыптар</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Нәтиже</translation>
    </message>
    <message>
        <source>e.g. confirmed readiness to participate</source>
        <translation>мысалы, қатысуға дайын екенін растады</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation>Келесі қа&amp;дамдар</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Жауапты</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>&amp;Мерзімі</translation>
    </message>
    <message>
        <source>set</source>
        <translation>белгілеу</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Лауазымы</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Эл. пошта</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Барлық салалар</translation>
    </message>
    <message>
        <source>All trips</source>
        <translation>Барлық іссапарлар</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Барлық кеңесшілер</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Көрсеткіштер есептелуде…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or PDF…</source>
        <translation>Бұл диаграмманы PNG немесе PDF түрінде сақтау…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Басқару тақтасы</translation>
    </message>
    <message>
        <source>Save the dashboard</source>
        <translation>Басқару тақтасын сақтау</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>regions as recorded</source>
        <translation>құжаттардағы өңірлер</translation>
    </message>
    <message>
        <source>Count organizations in the region their documents named at the time, not today&apos;s region</source>
        <translation>Ұйымдарды қазіргі өңір бойынша емес, сол кездегі құжаттарда көрсетілген өңір бойынша санау</translation>
    </message>
    <message>
        <source>Save as PNG or PDF…</source>
        <translation>PNG немесе PDF түрінде сақтау…</translation>
    </message>
    <message>
        <source>Click a bar to open its list with the same filter. Each sector keeps its colour in every chart; application statuses: green selected, red rejected, grey draft.</source>
        <translation>Тізімін сол сүзгімен ашу үшін бағанды басыңыз. Әр саланың түсі барлық диаграммада бірдей; өтінім мәртебелері: жасыл — іріктелді, қызыл — қабылданбады, сұр — жоба.</translation>
    </message>
    <message>
        <source>organizations consulted</source>
        <translation>ұйымға кеңес берілді</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>кеңес</translation>
    </message>
    <message>
        <source>trips</source>
        <translation>іссапар</translation>
    </message>
    <message>
        <source>groups of enterprises (initiatives)</source>
        <translation>кәсіпорын тобы (бастама)</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>өтінім</translation>
    </message>
    <message>
        <source>clusters selected / their participants</source>
        <translation>іріктелген кластер / олардағы қатысушы</translation>
    </message>
    <message>
        <source>Organizations consulted by region</source>
        <translation>Кеңес берілген ұйымдар өңірлер бойынша</translation>
    </message>
    <message>
        <source>Consultations per month</source>
        <translation>Айлар бойынша кеңес беру</translation>
    </message>
    <message>
        <source>Groups of enterprises by sector</source>
        <translation>Кәсіпорындар топтары салалар бойынша</translation>
    </message>
    <message>
        <source>Applications by status</source>
        <translation>Өтінімдер мәртебесі бойынша</translation>
    </message>
    <message>
        <source>Participants of the selected clusters</source>
        <translation>Іріктелген кластерлердің қатысушылары</translation>
    </message>
    <message>
        <source>Data as of %1 (the latest change it holds).</source>
        <translation>Деректер %1 күйінде (ондағы соңғы өзгеріс).</translation>
    </message>
    <message>
        <source>Includes the sync files of: %1.</source>
        <translation>Қамтылған синхрондау файлдары: %1.</translation>
    </message>
    <message>
        <source>No sync file from another device has been imported.</source>
        <translation>Басқа құрылғылардан синхрондау файлдары жүктелмеген.</translation>
    </message>
</context>
<context>
    <name>DeviceRole</name>
    <message>
        <source>head office</source>
        <translation>бас кеңсе</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>кеңесші</translation>
    </message>
    <message>
        <source>analyst (reads only)</source>
        <translation>талдаушы (тек оқу)</translation>
    </message>
    <message>
        <source>This computer is enrolled as an analyst&apos;s (or revoked): it reads everything and changes nothing.</source>
        <translation>Бұл компьютер талдаушының компьютері ретінде тіркелген (немесе кері қайтарылған): ол бәрін оқиды және ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>Your database role «%1» may only read this database: everything can be looked at, nothing can be changed.</source>
        <translation>Сіздің «%1» дерекқор рөліңіз бұл дерекқорды тек оқуға рұқсат етеді: бәрін қарауға болады, ештеңені өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>not enrolled yet</source>
        <translation>әлі тіркелмеген</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Іздері</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Тіркелуі</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (осы компьютер)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>кері қайтарылған</translation>
    </message>
    <message>
        <source>enrolled %1</source>
        <translation>тіркелген %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticBatchDialog</name>
    <message>
        <source>Batch diagnostic reports</source>
        <translation>Диагностика есептерінің топтамасы</translation>
    </message>
    <message>
        <source>Which initiatives</source>
        <translation>Қай бастамалар</translation>
    </message>
    <message>
        <source>In the regions of a &amp;trip:</source>
        <translation>&amp;Іссапар өңірлерінде:</translation>
    </message>
    <message>
        <source>In a &amp;region:</source>
        <translation>&amp;Өңірде:</translation>
    </message>
    <message>
        <source>&amp;All initiatives</source>
        <translation>&amp;Барлық бастамалар</translation>
    </message>
    <message>
        <source>&amp;Every complete diagnostic, not only the latest of each initiative</source>
        <translation>Әрбір &amp;аяқталған диагностика, тек әр бастаманың соңғысы емес</translation>
    </message>
    <message>
        <source>&amp;Language of the reports:</source>
        <translation>Есептер &amp;тілі:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>One PDF file per initiative, in a &amp;folder</source>
        <translation>Әр бастамаға жеке PDF файлы, &amp;қалтаға</translation>
    </message>
    <message>
        <source>All reports in &amp;one PDF file</source>
        <translation>Барлық есептер бір PDF &amp;файлында</translation>
    </message>
</context>
<context>
    <name>DiagnosticWizard</name>
    <message>
        <source>Click a dimension to go to its questions</source>
        <translation>Сұрақтарына өту үшін бағытты басыңыз</translation>
    </message>
    <message>
        <source>%1 (not on the list)</source>
        <translation>%1 (тізімде жоқ)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Жобаны &amp;сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <source>Save the answers so far (Ctrl+S); the diagnostic stays a draft</source>
        <translation>Берілген жауаптарды сақтау (Ctrl+S); диагностика жоба күйінде қалады</translation>
    </message>
    <message>
        <source>Close the wizard; what was entered is kept as a draft</source>
        <translation>Шеберді жабу; енгізілгені жоба ретінде сақталады</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
    <message>
        <source>Scores (0–100)</source>
        <translation>Бағалар (0–100)</translation>
    </message>
    <message>
        <source>Form: %1, version %2</source>
        <translation>Форма: %1, нұсқасы %2</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%2 сұрақтың %1-іне жауап берілді</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>анықталмады</translation>
    </message>
    <message>
        <source>Readiness index and level: shown once %1% of the questions are answered (%2 of %3 so far; %4 more to answer)</source>
        <translation>Дайындық индексі мен деңгейі: сұрақтардың %1% жауап берілгенде көрсетіледі (әзірге %3 сұрақтың %2; тағы %4 сұраққа жауап беру керек)</translation>
    </message>
    <message>
        <source>Readiness index: %1</source>
        <translation>Дайындық индексі: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Деңгейі: %1</translation>
    </message>
    <message>
        <source>Complete this diagnostic? Its scores are fixed and it opens read-only afterwards (it can be reopened for correction; that is recorded).</source>
        <translation>Осы диагностиканы аяқтау керек пе? Оның баллдары бекітіледі, содан кейін ол тек қарау үшін ашылады (оны түзету үшін қайта ашуға болады; бұл тіркеледі).</translation>
    </message>
    <message>
        <source>&amp;Reopen for correction</source>
        <translation>Түзету үшін &amp;қайта ашу</translation>
    </message>
    <message>
        <source>Make the diagnostic a draft again to correct it; the change is kept in its History</source>
        <translation>Түзету үшін диагностиканы қайтадан жобаға айналдыру; өзгеріс оның тарихында сақталады</translation>
    </message>
    <message>
        <source>Reopen this completed diagnostic for correction? It becomes a draft until it is completed again; the change is recorded in its History.</source>
        <translation>Осы аяқталған диагностиканы түзету үшін қайта ашу керек пе? Ол қайта аяқталғанға дейін жоба болады; өзгеріс оның тарихында тіркеледі.</translation>
    </message>
    <message>
        <source>The diagnostic is complete and selected below.</source>
        <translation>Диагностика аяқталды және төменде белгіленді.</translation>
    </message>
    <message>
        <source>&amp;Print its report</source>
        <translation>Оның есебін &amp;басып шығару</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Save diagnostic report (%1)</source>
        <translation>Диагностика есебін сақтау (%1)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Есеп сақталды: %1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <source>Save all reports in one PDF</source>
        <translation>Барлық есептерді бір PDF файлына сақтау</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Есептерге арналған қалта</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1</source>
        <translation>
            <numerusform>%n есеп жазылды: %1</numerusform>
            <numerusform>%n есеп жазылды: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Болдырылмады.</translation>
    </message>
    <message>
        <source>Writing diagnostic reports…</source>
        <translation>Диагностика есептері жазылуда…</translation>
    </message>
    <message>
        <source>Search by initiative name…</source>
        <translation>Бастама атауы бойынша іздеу…</translation>
    </message>
    <message>
        <source>&amp;New diagnostic…</source>
        <translation>&amp;Жаңа диагностика…</translation>
    </message>
    <message>
        <source>Run a readiness diagnostic of an initiative</source>
        <translation>Бастаманың дайындығына диагностика жүргізу</translation>
    </message>
    <message>
        <source>&amp;Open / resume</source>
        <translation>&amp;Ашу / жалғастыру</translation>
    </message>
    <message>
        <source>Open the selected diagnostic in the wizard (Enter)</source>
        <translation>Таңдалған диагностиканы шеберде ашу (Enter)</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)</source>
        <translation>&amp;Есеп (PDF)</translation>
    </message>
    <message>
        <source>Save the selected diagnostic&apos;s report in the window&apos;s language and open it; the arrow chooses another language</source>
        <translation>Таңдалған диагностика есебін интерфейс тілінде сақтап, ашу; басқа тілді таңдау үшін көрсеткіні басыңыз</translation>
    </message>
    <message>
        <source>&amp;Batch reports…</source>
        <translation>Есептер &amp;топтамасы…</translation>
    </message>
    <message>
        <source>Reports of all initiatives of a trip or a region, one file each or one PDF</source>
        <translation>Іссапардың немесе өңірдің барлық бастамалары бойынша есептер: әрқайсысына жеке файл немесе бір PDF</translation>
    </message>
</context>
<context>
    <name>DimensionPage</name>
    <message numerus="yes">
        <source>Dimension %1 of %2 · weight %3 · %n question(s)</source>
        <translation>
            <numerusform>Бағыт: %2 ішінен %1 · салмағы %3 · %n сұрақ</numerusform>
            <numerusform>Бағыт: %2 ішінен %1 · салмағы %3 · %n сұрақ</numerusform>
        </translation>
    </message>
    <message>
        <source>Score of this dimension: %1 of 100 · %2 of %3 answered</source>
        <translation>Бағыттың бағасы: 100-ден %1 · %3 сұрақтың %2-іне жауап берілді</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>This form was being filled in and was not saved (the program was closed or stopped). Restore what was typed?</source>
        <translation>Бұл пішін толтырылып жатқан, бірақ сақталмаған (бағдарлама жабылды немесе тоқтап қалды). Енгізілгенді қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>Discard what was typed in this form? It has not been saved.</source>
        <translation>Осы пішінге енгізілгенді тастау керек пе? Ол сақталмаған.</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Changed meanwhile</source>
        <translation>Осы аралықта өзгертілді</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by %1 (%2), while it was open here. The fields below were changed both there and here: choose for each which value to keep. Nothing has been saved yet.</source>
        <translation>Жазба мұнда ашық тұрғанда, оны %1 (%2) өзгертті. Төмендегі өрістер әрі онда, әрі мұнда өзгертілді: әрқайсысы үшін қай мәнді қалдыру керектігін таңдаңыз. Әзірге ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Theirs (saved meanwhile)</source>
        <translation>Олардың мәні (осы аралықта сақталған)</translation>
    </message>
    <message>
        <source>Yours (in this form)</source>
        <translation>Сіздікі (осы формада)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Менікі</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Олардікі</translation>
    </message>
    <message>
        <source>Also changed there and kept as they saved it: %1.</source>
        <translation>Сондай-ақ онда өзгертіліп, олар сақтағандай қалдырылды: %1.</translation>
    </message>
    <message>
        <source>Save the merge</source>
        <translation>Біріктірілгенін сақтау</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Формаға оралу</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation>Құрылғыны тіркеу</translation>
    </message>
    <message>
        <source>Ask the user of «%1» to read the fingerprint on their screen (Devices and keys) to you by phone, and compare it with the one below.</source>
        <translation>«%1» пайдаланушысынан өз экранындағы ізді (Құрылғылар мен кілттер) телефонмен оқып беруін сұраңыз және оны төмендегімен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The device&apos;s user read out exactly this fingerprint</source>
        <translation>Құрылғы пайдаланушысы дәл осы ізді оқып берді</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>nobody (a new device)</source>
        <translation>ешкімнің (жаңа құрылғы)</translation>
    </message>
    <message>
        <source>&amp;Takes over the work of:</source>
        <translation>&amp;Жұмысын жалғастыратын құрылғы:</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Enterprise</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>University or college</source>
        <translation>ЖОО, колледж</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Ғылыми ұйым</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>Қауымдастық</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Меморган</translation>
    </message>
    <message>
        <source>Development institution</source>
        <translation>Даму институты</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>Қаржы ұйымы</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Микро</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Шағын</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Орта</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Ірі</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Қоңырау</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Бас кеңсе</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Сұралмады</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Өтінім жазуда</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Өтінім берді</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Іріктелді</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Іріктелмеді</translation>
    </message>
    <message>
        <source>Anchor company</source>
        <translation>Якорлық компания</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Жеткізуші</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Білім беру</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Ғылым</translation>
    </message>
    <message>
        <source>Support body</source>
        <translation>Қолдау</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Тапсырылды</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Бағаланды</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>is required</source>
        <translation>толтырылуы міндетті</translation>
    </message>
    <message>
        <source>holds {value}, which is not a number</source>
        <translation>құрамында {value} бар, бұл сан емес</translation>
    </message>
    <message>
        <source>must have 12 digits, has {length}</source>
        <translation>12 цифрдан тұруы керек, ал {length} цифр енгізілген</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit (shorten it)</source>
        <translation>{length} таңбадан тұрады; {limit} таңбадан артық сыймайды (қысқартыңыз)</translation>
    </message>
    <message>
        <source>must contain digits only</source>
        <translation>тек цифрлардан тұруы керек</translation>
    </message>
    <message>
        <source>is not a valid number (no check digit is possible for its first 11 digits)</source>
        <translation>жарамсыз нөмір (алғашқы 11 цифры үшін бақылау разрядын есептеу мүмкін емес)</translation>
    </message>
    <message>
        <source>check digit is {digit}, expected {expected} (mistyped digit?)</source>
        <translation>бақылау разряды {digit}, ал {expected} болуы керек (цифр қате терілген бе?)</translation>
    </message>
    <message>
        <source>{bin} is already used by «{name}» (id {uuid})</source>
        <translation>{bin} «{name}» ұйымында көрсетілген (сәйкестендіргіш {uuid})</translation>
    </message>
    <message>
        <source>digits 3-4 are the month and must be 01-12, not {digits}</source>
        <translation>3-4-цифрлар — ай, олар 01-ден 12-ге дейін болуы керек, {digits} емес</translation>
    </message>
    <message>
        <source>digit 5 must be 4, 5 or 6 for a BIN (0-3 for an IIN&apos;s day of birth), not {digit}</source>
        <translation>БСН-нің 5-цифры 4, 5 немесе 6 болуы керек (0–3 — ЖСН-дегі туған күн), {digit} емес</translation>
    </message>
    <message>
        <source>as a BIN, digit 6 must be 0-3 (head office, branch, office, farm), not {digit}</source>
        <translation>БСН-нің 6-цифры 0-ден 3-ке дейін болуы керек (бас ұйым, филиал, өкілдік, шаруа қожалығы), {digit} емес</translation>
    </message>
    <message>
        <source>as an IIN, digit 7 (century and sex) must be 1-6, not {digit}</source>
        <translation>ЖСН-нің 7-цифры (ғасыр және жыныс) 1-ден 6-ға дейін болуы керек, {digit} емес</translation>
    </message>
    <message>
        <source>as an IIN, digits 1-6 are not a real birth date ({date})</source>
        <translation>ЖСН-нің алғашқы 6 цифры нақты туған күнді білдірмейді ({date})</translation>
    </message>
    <message>
        <source>as an IIN, the birth date {date} is in the future</source>
        <translation>ЖСН-дегі туған күн ({date}) әлі келген жоқ</translation>
    </message>
    <message>
        <source>as a BIN, the registration month {month} is in the future</source>
        <translation>БСН ретінде: тіркелу айы {month} әлі келген жоқ</translation>
    </message>
    <message>
        <source>an individual entrepreneur ({form}) carries the owner&apos;s IIN or a BIN with digit 5 = 6, but this is the BIN of a {kind}</source>
        <translation>жеке кәсіпкерде ({form}) иесінің ЖСН-і немесе 5-цифры 6 болатын БСН көрсетіледі, ал бұл заңды тұлғаның БСН-і</translation>
    </message>
    <message>
        <source>a peasant farm ({form}) carries the head&apos;s IIN or a BIN with digit 6 = 3, but this is the BIN of a {kind}</source>
        <translation>шаруа қожалығында ({form}) басшысының ЖСН-і немесе 6-цифры 3 болатын БСН көрсетіледі, ал бұл бас ұйымның, филиалдың немесе өкілдіктің БСН-і</translation>
    </message>
    <message>
        <source>a {form} is a legal entity and carries a BIN, but this is a person&apos;s IIN</source>
        <translation>{form} — заңды тұлға, оның БСН-і болуы керек, ал бұл жеке тұлғаның ЖСН-і</translation>
    </message>
    <message>
        <source>a {form} carries a legal-entity BIN, but this is the BIN of a {kind}</source>
        <translation>{form} үшін заңды тұлғаның БСН-і керек, ал бұл жеке кәсіпкердің немесе шаруа қожалығының БСН-і</translation>
    </message>
    <message>
        <source>is not an e-mail address (expected name@domain.kz)</source>
        <translation>электрондық пошта мекенжайы емес (атау@домен.kz түрінде болуы керек)</translation>
    </message>
    <message>
        <source>must be between 0 and 100 %</source>
        <translation>мәні 0-ден 100 %-ға дейін болуы керек</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>мәні теріс болмауы керек</translation>
    </message>
    <message>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>аяқталуы ({end}) басталуынан ({start}) бұрын</translation>
    </message>
    <message>
        <source>choose an organization from the list</source>
        <translation>тізімнен ұйымды таңдаңыз</translation>
    </message>
    <message>
        <source>the trip no longer exists</source>
        <translation>бұл іссапар енді жоқ</translation>
    </message>
    <message>
        <source>is before the consultation date</source>
        <translation>кеңес күнінен бұрын</translation>
    </message>
    <message>
        <source>choose at least one region</source>
        <translation>кемінде бір өңірді таңдаңыз</translation>
    </message>
    <message>
        <source>{value} is not a valid answer to this question</source>
        <translation>{value} — бұл сұраққа жарамсыз жауап</translation>
    </message>
    <message>
        <source>{value} is outside the range {low}–{high}</source>
        <translation>{value} рұқсат етілген {low}–{high} аралығынан тыс</translation>
    </message>
    <message>
        <source>is not a question of form {form} version {version}</source>
        <translation>{form} сауалнамасының ({version} нұсқасы) сұрағы емес</translation>
    </message>
    <message>
        <source>evidence must be text</source>
        <translation>растау мәтін болуы керек</translation>
    </message>
    <message>
        <source>{id} is not a section of the template</source>
        <translation>{id} — үлгіде мұндай бөлім жоқ</translation>
    </message>
    <message>
        <source>{id} is not a field of this section</source>
        <translation>{id} — бұл бөлімде мұндай өріс жоқ</translation>
    </message>
    <message>
        <source>{id} is not an attachment of the template</source>
        <translation>{id} — үлгіде мұндай қосымша жоқ</translation>
    </message>
    <message>
        <source>{id} is not a criterion of the template</source>
        <translation>{id} — үлгіде мұндай өлшемшарт жоқ</translation>
    </message>
    <message>
        <source>a rejection needs at least one reason</source>
        <translation>қабылдамау үшін кемінде бір себеп керек</translation>
    </message>
    <message>
        <source>«{criterion}»: points must be between 0 and {max}, got {value}</source>
        <translation>«{criterion}»: балл 0-ден {max}-ға дейін болуы керек, ал {value} көрсетілген</translation>
    </message>
    <message>
        <source>has not scored: {criteria}</source>
        <translation>балл қоймаған: {criteria}</translation>
    </message>
    <message>
        <source>No {kind} with id {uuid} in this database.</source>
        <translation>Бұл базада {uuid} сәйкестендіргіші бар жазба жоқ.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by {who}, and {fields} were changed here too; nothing was saved. Choose which values to keep, then save again.</source>
        <translation>Бұл жазбаны осы аралықта {who} өзгертті, ал {fields} өрістері мұнда да өзгертілді; ештеңе сақталған жоқ. Қай мәндерді қалдыру керектігін таңдап, қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>This record was deleted meanwhile by {who}; nothing was saved.</source>
        <translation>Бұл жазбаны осы аралықта {who} жойды; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>The diagnostic cannot be completed: no question is answered.</source>
        <translation>Диагностиканы аяқтау мүмкін емес: бірде-бір сұраққа жауап берілмеген.</translation>
    </message>
    <message>
        <source>Initiative {uuid} has no complete diagnostic yet.</source>
        <translation>{uuid} бастамасында әзірге аяқталған диагностика жоқ.</translation>
    </message>
    <message>
        <source>{kato} is not the KATO code of one of today&apos;s regions (for example 390000000 for Kostanay region).</source>
        <translation>{kato} — қазіргі өңірлердің ҚАТО коды емес (мысалы, 390000000 — Қостанай облысы).</translation>
    </message>
    <message>
        <source>Choose either a region or a trip, not both.</source>
        <translation>Өңірді немесе іссапарды таңдаңыз, екеуін бірдей емес.</translation>
    </message>
    <message>
        <source>another selection round is named {name}</source>
        <translation>{name} атауымен іріктеу кезеңі бұрыннан бар</translation>
    </message>
    <message>
        <source>Several selection rounds are named {ref}; use the round&apos;s id instead.</source>
        <translation>{ref} деп аталатын бірнеше конкурстық іріктеу бар; іріктеудің сәйкестендіргішін көрсетіңіз.</translation>
    </message>
    <message>
        <source>No selection round with id or name {ref} in this database.</source>
        <translation>Бұл базада сәйкестендіргіші немесе атауы {ref} болатын конкурстық іріктеу жоқ.</translation>
    </message>
    <message>
        <source>«{initiative}» already has an application to round {round} (id {uuid}); open it instead.</source>
        <translation>«{initiative}» бастамасының {round} іріктеуіне өтінімі бар (сәйкестендіргіш {uuid}); соны ашыңыз.</translation>
    </message>
    <message>
        <source>The application is {status}; only drafts are edited (return it to draft first).</source>
        <translation>Өтінім мәртебесі: «{status}»; тек жобаны өңдеуге болады (алдымен өтінімді жобаға қайтарыңыз).</translation>
    </message>
    <message>
        <source>The application is {status}; it cannot become {to} (possible next: {allowed}).</source>
        <translation>Өтінім мәртебесі: «{status}»; оны «{to}» мәртебесіне ауыстыруға болмайды (мүмкін мәртебелер: {allowed}).</translation>
    </message>
    <message>
        <source>The application is {status}; points are recorded for registered applications only.</source>
        <translation>Өтінім мәртебесі: «{status}»; балдар тек тіркелген өтінімдерге қойылады.</translation>
    </message>
    <message>
        <source>The application has no points yet; record the evaluators&apos; points first.</source>
        <translation>Өтінімде әлі балл жоқ; алдымен сарапшылардың балдарын енгізіңіз.</translation>
    </message>
    <message>
        <source>{count} application(s) of round {round} are not evaluated yet; evaluate or reject them before selecting.</source>
        <translation>{round} іріктеуінің бағаланбаған өтінімдері: {count}; қорытынды шығармас бұрын оларды бағалаңыз немесе қабылдамаңыз.</translation>
    </message>
    <message>
        <source>Applications {names} are tied on place {rank} with {total} points; decide which of them are selected before applying the selection.</source>
        <translation>{names} өтінімдері {total} балмен {rank}-орынды бөліседі; қорытындыны бекітпес бұрын қайсысы іріктелетінін шешіңіз.</translation>
    </message>
    <message>
        <source>{name}: choose a .csv or .xlsx file name.</source>
        <translation>{name}: кеңейтімі .csv немесе .xlsx болатын файл атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт тоқтатылды; файл жазылмады.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a CSV or XLSX list ({detail}); nothing was imported.</source>
        <translation>{file} CSV немесе XLSX тізімі ретінде оқылмайды ({detail}); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>No column holds the organizations&apos; names (columns: {columns}); map one with --map name=Header. Nothing was imported.</source>
        <translation>Ұйымдардың атаулары бар баған жоқ (бағандар: {columns}); оны --map name=Тақырып арқылы көрсетіңіз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{item} is not a mapping of one of the fields {fields} to a column of the file ({columns}); nothing was imported.</source>
        <translation>{item} — {fields} өрістерінің бірін файл бағанымен ({columns}) сәйкестендіру емес; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{value} is not a region (give its name or KATO code)</source>
        <translation>{value} — өңір емес (оның атауын немесе ҚАТО кодын көрсетіңіз)</translation>
    </message>
    <message>
        <source>{bin} is already on row {row} of the file</source>
        <translation>{bin} файлдың {row}-жолында бар</translation>
    </message>
    <message>
        <source>possibly «{name}» (id {uuid}), already in the database: same name and region, no BIN to tell them apart</source>
        <translation>мүмкін, бұл дерекқорда бар «{name}» (id {uuid}): атауы мен өңірі бірдей, ажырататын БСН жоқ</translation>
    </message>
    <message>
        <source>same name and region as row {row} of the file, no BIN to tell them apart</source>
        <translation>атауы мен өңірі файлдың {row}-жолындағыдай, ажырататын БСН жоқ</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read ({detail}).</source>
        <translation>{path} деректер файлын оқу мүмкін емес ({detail}).</translation>
    </message>
    <message>
        <source>The data file {path} is not valid TOML ({detail}); reinstall ClusterDesk.</source>
        <translation>{path} деректер файлы бүлінген: пішім қатесі ({detail}); ClusterDesk бағдарламасын қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>{path}: {key} {detail}; the data file is damaged, reinstall ClusterDesk.</source>
        <translation>{path}: {key} кілтінде қате ({detail}); деректер файлы бүлінген, ClusterDesk бағдарламасын қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>The data file {path} holds {found}, so it must be named {expected}.</source>
        <translation>{path} деректер файлында {found} бар, сондықтан ол {expected} деп аталуы керек.</translation>
    </message>
    <message>
        <source>Questionnaire {form} version {version} is not installed (looked in {folder}); update ClusterDesk to read this diagnostic.</source>
        <translation>{form} сауалнамасының {version} нұсқасы орнатылмаған ({folder} қалтасы); бұл диагностиканы ашу үшін ClusterDesk бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <source>The application template {template} version {version} is not installed; update ClusterDesk.</source>
        <translation>{template} өтінім үлгісінің {version} нұсқасы орнатылмаған; ClusterDesk бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} — дерекқор файлы емес, қалта.</translation>
    </message>
    <message>
        <source>{path} is not a ClusterDesk database (it is not an SQLite file); it was left untouched.</source>
        <translation>{path} — ClusterDesk дерекқоры емес (SQLite файлы емес); файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened ({detail}); it was left untouched.</source>
        <translation>{path} файлы бүлінген, оны ашу мүмкін емес; файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not a ClusterDesk database; it was left untouched.</source>
        <translation>{path} — ClusterDesk емес, басқа бағдарламаның SQLite дерекқоры; файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>{path} was written by a newer ClusterDesk (database schema {found}; this version knows schema {known}). Update ClusterDesk to open it; the file was left untouched.</source>
        <translation>{path} файлын ClusterDesk бағдарламасының жаңарақ нұсқасы жазған (дерекқор сұлбасы {found}; бұл нұсқа {known} сұлбасын біледі). Оны ашу үшін ClusterDesk бағдарламасын жаңартыңыз; файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>{path} does not exist; create it with &apos;clusterdesk --db {path} init&apos;.</source>
        <translation>{path} файлы жоқ; оны «clusterdesk --db {path} init» пәрменімен жасаңыз.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database {path} ({detail}); nothing was changed.</source>
        <translation>{path} PostgreSQL дерекқорына қосылу мүмкін емес ({detail}); ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Your database role «{role}» may only read this database, not change it: nothing was saved. To make changes, ask the database&apos;s administrator for an analyst&apos;s role.</source>
        <translation>Сіздің «{role}» дерекқор рөліңіз бұл дерекқорды тек оқуға рұқсат етеді, өзгертуге емес: ештеңе сақталмады. Өзгерістер енгізу үшін дерекқор әкімшісінен талдаушы рөлін сұраңыз.</translation>
    </message>
    <message>
        <source>Your database role «{role}» may not make this change ({detail}): nothing was saved. Ask the database&apos;s administrator to grant it an analyst&apos;s rights.</source>
        <translation>Сіздің «{role}» дерекқор рөліңізге бұл өзгеріске рұқсат жоқ ({detail}): ештеңе сақталмады. Дерекқор әкімшісінен оған талдаушы құқықтарын беруді сұраңыз.</translation>
    </message>
    <message>
        <source>The PostgreSQL database {path} holds another program&apos;s tables; it was left untouched.</source>
        <translation>{path} PostgreSQL дерекқорында басқа бағдарламаның кестелері бар; ол өзгертілмей қалдырылды.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} жоқ.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes), so it is not a sync file (was it copied completely?); nothing was imported.</source>
        <translation>{file} бос (0 байт), демек бұл синхрондау файлы емес (толық көшірілді ме?); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{file} is not a ClusterDesk sync file (it is not a zip archive); nothing was imported.</source>
        <translation>{file} — ClusterDesk синхрондау файлы емес (бұл zip-мұрағат емес); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete (was the copy cut short?); nothing was imported.</source>
        <translation>{file} бүлінген немесе толық емес (көшіру үзілді ме?); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{file} was made by a newer ClusterDesk {version}: update ClusterDesk to import it; nothing was imported.</source>
        <translation>{file} ClusterDesk-тің жаңарақ {version} нұсқасымен жасалған: оны импорттау үшін ClusterDesk-ті жаңартыңыз; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock reads {today}, before the programme began: set the date and time first; nothing was re-dated.</source>
        <translation>Осы компьютердің сағаты {today} көрсетеді, бұл бағдарлама басталғанға дейінгі күн: алдымен күн мен уақытты орнатыңыз; ешбір өзгерістің күні қайта қойылмады.</translation>
    </message>
    <message>
        <source>You gave {given} as today&apos;s date, but this computer&apos;s clock reads {today}: set the date and time first; nothing was re-dated.</source>
        <translation>Сіз бүгінгі күн ретінде {given} көрсеттіңіз, бірақ осы компьютердің сағаты {today} көрсетеді: алдымен күн мен уақытты орнатыңыз; ешбір өзгерістің күні қайта қойылмады.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock reads {today}, but changes from other computers stored here are dated up to {newest}: its clock is behind now, not ahead before. Set its date and time first; nothing was re-dated.</source>
        <translation>Осы компьютердің сағаты {today} көрсетеді, бірақ мұнда сақталған басқа компьютерлердің өзгерістерінің күні {newest} дейін қойылған: оның сағаты бұрын алға кетпеген, қазір артта қалып тұр. Алдымен күн мен уақытты орнатыңыз; ешбір өзгерістің күні қайта қойылмады.</translation>
    </message>
    <message>
        <source>{given} is not a date (write it as YYYY-MM-DD, e.g. 2017-04-12); nothing was re-dated.</source>
        <translation>{given} — күн емес (оны ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2017-04-12); ешбір өзгерістің күні қайта қойылмады.</translation>
    </message>
    <message>
        <source>{file} claims to come from this computer, but this database did not write it (a copy of this database, or made by hand); nothing was imported.</source>
        <translation>{file} осы компьютердікі болып көрінеді, бірақ бұл дерекқор оны жазбаған (осы дерекқордың көшірмесі немесе қолмен жасалған файл); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{file} was changed or damaged after it was written; nothing was imported.</source>
        <translation>{file} жазылғаннан кейін өзгертілген немесе бүлінген; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{file}: a record breaks a rule of the database ({detail}); nothing was imported.</source>
        <translation>{file}: жазба дерекқор ережесін бұзады ({detail}); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Cannot import into {path}: the database file is read-only; nothing was imported.</source>
        <translation>{path} ішіне импорттау мүмкін емес: дерекқор файлы тек оқуға арналған; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Cannot import into {path}: another program is writing to the database; nothing was imported.</source>
        <translation>{path} ішіне импорттау мүмкін емес: дерекқорға қазір басқа бағдарлама жазып жатыр; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Cannot import into {path}: the disk holding the database is full; nothing was imported.</source>
        <translation>{path} ішіне импорттау мүмкін емес: дерекқор тұрған диск толы; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Import cancelled; the database was not changed.</source>
        <translation>Импорт тоқтатылды; дерекқор өзгерген жоқ.</translation>
    </message>
    <message>
        <source>{path} is the database ClusterDesk is working on; choose another name. Nothing was written.</source>
        <translation>{path} — ClusterDesk жұмыс істеп тұрған дерекқор; басқа атау таңдаңыз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} is read-only (or you may not write there); nothing was written.</source>
        <translation>{path} жазу мүмкін емес: {folder} қалтасы тек оқуға арналған (немесе оған жазуға құқығыңыз жоқ); ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>Cannot write {path}: there is not enough free space on the disk or stick holding {folder}; nothing was written.</source>
        <translation>{path} жазу мүмкін емес: {folder} қалтасы тұрған дискіде немесе флешкада орын жеткіліксіз; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist (was the stick removed?); nothing was written.</source>
        <translation>{path} жазу мүмкін емес: {folder} қалтасы жоқ (флешка алынып тасталды ма?); ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>{file} is not a ClusterDesk programme file; nothing was changed.</source>
        <translation>{file} — ClusterDesk бағдарламасының файлы емес; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>{file} was changed after head office wrote it (its signature does not verify); ask head office for the file again; nothing was changed.</source>
        <translation>{file} бас кеңсе жазғаннан кейін өзгертілген (қолтаңбасы сәйкес емес); файлды бас кеңседен қайта сұраңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The fingerprint typed is not head office&apos;s fingerprint in {file}: compare it again with head office; nothing was changed.</source>
        <translation>Енгізілген із {file} ішіндегі бас кеңсенің ізімен сәйкес емес: оны бас кеңсемен қайта салыстырыңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>{file} is the file of another programme or head office; this computer belongs to «{programme}»; nothing was changed.</source>
        <translation>{file} — басқа бағдарламаның немесе басқа бас кеңсенің файлы; бұл компьютер «{programme}» бағдарламасына кіреді; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This database is not in a programme: run &apos;clusterdesk trust create NAME&apos; first (head office).</source>
        <translation>Бұл дерекқор бағдарламаға кірмейді: алдымен &apos;clusterdesk trust create NAME&apos; орындаңыз (бас кеңсе).</translation>
    </message>
    <message>
        <source>Only head office&apos;s own database can name people in the programme file.</source>
        <translation>Бағдарлама файлында адамдарды тек бас кеңсенің өз дерекқоры атай алады.</translation>
    </message>
    <message>
        <source>No person {uuid} in this database; nothing was written.</source>
        <translation>Бұл дерекқорда {uuid} адамы жоқ; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>{file} is not signed, and the programme «{programme}» accepts only signed files; nothing was imported.</source>
        <translation>{file} қолтаңбасыз, ал «{programme}» бағдарламасы тек қол қойылған файлдарды қабылдайды; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{file} comes from {device} (fingerprint {fingerprint}), a device head office has not enrolled; nothing was imported.</source>
        <translation>{file} бас кеңсе тіркемеген {device} құрылғысынан келген (іздері {fingerprint}); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{file} comes from {device}, a device head office has revoked; nothing was imported.</source>
        <translation>{file} бас кеңсе кері қайтарып алған {device} құрылғысынан келген; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{file}: its signature does not verify (it was changed after {device} wrote it, or another device made it); nothing was imported.</source>
        <translation>{file}: қолтаңба сәйкес келмейді (файлды {device} құрылғысы жазғаннан кейін өзгертілген немесе оны басқа құрылғы жасаған); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{file} is not encrypted, and this computer accepts only encrypted files; nothing was imported.</source>
        <translation>{file} шифрланбаған, ал бұл компьютер тек шифрланған файлдарды қабылдайды; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{file} is encrypted for other computers, not for this one; nothing was imported.</source>
        <translation>{file} бұл компьютер үшін емес, басқа компьютерлер үшін шифрланған; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{where}: it is not a ClusterDesk programme file; nothing was changed.</source>
        <translation>{where}: бұл ClusterDesk бағдарламасының файлы емес; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>{where}: a device has an unknown role; nothing was changed.</source>
        <translation>{where}: құрылғылардың бірінің рөлі белгісіз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>{where}: its signature does not verify; nothing was changed.</source>
        <translation>{where}: қолтаңбасы расталмайды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This database already belongs to a programme.</source>
        <translation>Бұл дерекқор бағдарламаға бұрыннан кіреді.</translation>
    </message>
    <message>
        <source>Only head office&apos;s own database can change the programme&apos;s list of devices.</source>
        <translation>Бағдарламаның құрылғылар тізімін тек бас кеңсенің дерекқоры өзгерте алады.</translation>
    </message>
    <message>
        <source>The role must be one of consultant, analyst; not {role}.</source>
        <translation>Рөлі «кеңесші» немесе «талдаушы» болуы керек, {role} емес.</translation>
    </message>
    <message>
        <source>This is not a ClusterDesk device card; nothing was changed.</source>
        <translation>Бұл ClusterDesk құрылғысының картасы емес; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The fingerprint {given} is not the card&apos;s ({card}): compare it again with the device&apos;s screen; nothing was changed.</source>
        <translation>{given} іздері картаның ізімен ({card}) сәйкес емес: оны құрылғы экранымен қайта салыстырыңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The card claims the id of a device already enrolled (as its own or a former id); nothing was changed.</source>
        <translation>Карта бұрын тіркелген құрылғының идентификаторын көрсетеді (өзінікі немесе бұрынғы ретінде); ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>No device {device} to revoke in this programme.</source>
        <translation>Бұл бағдарламада кері қайтаратын {device} құрылғысы жоқ.</translation>
    </message>
    <message>
        <source>{where}: head office&apos;s fingerprint is {fingerprint}; compare it with head office by phone and give it to accept the programme; nothing was changed.</source>
        <translation>{where}: бас кеңсенің іздері — {fingerprint}; бағдарламаны қабылдау үшін оны бас кеңсемен телефон арқылы салыстырып, көрсетіңіз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>{where}: it is the list of another programme or head office; nothing was changed.</source>
        <translation>{where}: бұл басқа бағдарламаның немесе басқа бас кеңсенің тізімі; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>{where}: the device list is not signed by the head office this computer knows; nothing was changed.</source>
        <translation>{where}: құрылғылар тізіміне осы компьютерге белгілі бас кеңсе қол қоймаған; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Cannot read {path}: it is not a ClusterDesk trust file ({detail}).</source>
        <translation>{path} оқылмайды: бұл ClusterDesk сенім файлы емес ({detail}).</translation>
    </message>
    <message>
        <source>{file} is not signed by the keys it names; not enrolled.</source>
        <translation>{file} ішінде көрсетілген кілттермен қол қойылмаған; құрылғы тіркелмеді.</translation>
    </message>
    <message>
        <source>This computer&apos;s role may not change {table}, so it may not resolve their conflicts either (head office does); nothing was changed.</source>
        <translation>Осы компьютердің рөлі {table} өзгертуге рұқсат бермейді, сондықтан олардың қайшылықтарын да шеше алмайды (оны бас кеңсе шешеді); ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>{indicator}: {value} is more than this indicator allows; enter a value from 0 to {maximum} ({unit}).</source>
        <translation>{indicator}: {value} — бұл көрсеткіш рұқсат ететіннен көп; 0-ден {maximum} дейінгі мәнді енгізіңіз ({unit}).</translation>
    </message>
    <message>
        <source>{indicator}: {numerator} out of {denominator} is {share} {unit}, above the maximum of {maximum} {unit}; «{numerator_name}» can be at most {limit} when «{denominator_name}» is {denominator}.</source>
        <translation>{indicator}: {denominator} ішінен {numerator} — бұл {share} {unit}, ең көп мәннен ({maximum} {unit}) асады; «{denominator_name}» {denominator} болғанда, «{numerator_name}» ең көбі {limit} бола алады.</translation>
    </message>
    <message>
        <source>{indicator} is counted in whole numbers ({unit}), so {value} cannot be recorded; enter a whole number of 0 or more.</source>
        <translation>{indicator} бүтін сандармен есептеледі ({unit}), сондықтан {value} жазуға болмайды; 0-ден бастап бүтін сан енгізіңіз.</translation>
    </message>
    <message>
        <source>{indicator}: «{part}» is counted in whole numbers, so {value} cannot be recorded; enter a whole number of {low} or more.</source>
        <translation>{indicator}: «{part}» бүтін сандармен есептеледі, сондықтан {value} жазуға болмайды; кемінде {low} болатын бүтін сан енгізіңіз.</translation>
    </message>
    <message>
        <source>The period {start}–{end} has not begun yet (today is {today}); an actual can be recorded only for a period that starts on {today} or earlier.</source>
        <translation>{start}–{end} кезеңі әлі басталған жоқ (бүгін {today}); нақты мәнді {today} немесе одан ертерек басталатын кезеңге ғана жазуға болады.</translation>
    </message>
    <message>
        <source>{indicator} already has {value} for {start}–{end}, which overlaps {new_start}–{new_end}; enter exactly {start}–{end} to correct that value, or a period that does not overlap it.</source>
        <translation>{indicator} көрсеткішінде {start}–{end} кезеңіне {value} мәні бар, ол {new_start}–{new_end} кезеңімен қиылысады; сол мәнді түзету үшін дәл {start}–{end} енгізіңіз немесе онымен қиылыспайтын кезеңді енгізіңіз.</translation>
    </message>
    <message>
        <source>«{indicator}» suits only the sector {sectors}, and «{cluster}» belongs to the sector {sector}; choose an indicator that suits its sector.</source>
        <translation>«{indicator}» тек {sectors} саласына сәйкес келеді, ал «{cluster}» {sector} саласына жатады; оның саласына сәйкес көрсеткішті таңдаңыз.</translation>
    </message>
    <message>
        <source>«{cluster}» already follows «{indicator}» (id {uuid}); an indicator is attached to a cluster only once.</source>
        <translation>«{cluster}» «{indicator}» көрсеткішін бақылап отыр (id {uuid}); көрсеткіш кластерге тек бір рет қосылады.</translation>
    </message>
    <message>
        <source>the value cannot be negative</source>
        <translation>мән теріс бола алмайды</translation>
    </message>
    <message>
        <source>the denominator must be above zero and the numerator not negative</source>
        <translation>бөлім нөлден үлкен, ал алым теріс емес болуы керек</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>кезең басталмай тұрып аяқталады</translation>
    </message>
    <message>
        <source>a rate is recorded as its numerator and denominator</source>
        <translation>үлес алым мен бөлім түрінде жазылады</translation>
    </message>
    <message>
        <source>{value} is not an OKED code (two digits, then a dot and up to three more, e.g. 10.61)</source>
        <translation>{value} — ЭҚЖЖ коды емес (екі цифр, одан кейін нүкте және тағы үш цифрға дейін, мысалы 10.61)</translation>
    </message>
    <message>
        <source>{date} is in the future (today is {today})</source>
        <translation>{date} әлі келген жоқ (бүгін {today})</translation>
    </message>
    <message>
        <source>{date} is outside the trip ({start}–{end}): a consultation on it is dated {first} to {last}</source>
        <translation>{date} — сапар күндерінен тыс ({start}–{end}): сапар аясындағы кеңес {first} мен {last} аралығындағы күнмен белгіленеді</translation>
    </message>
    <message>
        <source>«{value}» has a question mark where a letter was: the file was saved in an encoding without Kazakh letters (Excel&apos;s «CSV» is Windows-1251). Save it as «CSV UTF-8» or as an Excel workbook (.xlsx) and import it again</source>
        <translation>«{value}» ішінде әріптің орнында сұрақ белгісі тұр: файл қазақ әріптері жоқ кодтауда сақталған (Excel-дегі «CSV» — Windows-1251). Оны «CSV UTF-8» немесе Excel кітабы (.xlsx) ретінде сақтап, қайта импорттаңыз</translation>
    </message>
    <message>
        <source>«{name}» cannot be brought back: its BIN {bin} is now used by «{other}» (id {uuid}). Delete that organization or correct its BIN first; «{name}» stays deleted.</source>
        <translation>«{name}» қайтаруға болмайды: оның {bin} БСН-і енді «{other}» ұйымында (id {uuid}). Алдымен сол ұйымды жойыңыз немесе оның БСН-ін түзетіңіз; «{name}» жойылған күйінде қалады.</translation>
    </message>
    <message>
        <source>«{name}» cannot be brought back as a member of «{initiative}»: it has been a member again since {joined}. The removed membership stays removed.</source>
        <translation>«{name}» ұйымын «{initiative}» қатысушыларына қайтаруға болмайды: ол {joined} бастап қайтадан қатысушы. Жойылған қатысу жойылған күйінде қалады.</translation>
    </message>
    <message>
        <source>The selection round {name} cannot be brought back: another round (id {uuid}) is now named {name}. Rename that round first; this one stays deleted.</source>
        <translation>{name} іріктеуін қайтаруға болмайды: енді басқа іріктеу (id {uuid}) {name} деп аталады. Алдымен сол іріктеудің атын өзгертіңіз; бұл жойылған күйінде қалады.</translation>
    </message>
    <message>
        <source>The application of «{initiative}» to round {round} cannot be brought back: the initiative has another application to that round now (id {uuid}). This one stays deleted.</source>
        <translation>«{initiative}» бастамасының {round} іріктеуіне өтінімін қайтаруға болмайды: бастаманың енді сол іріктеуге басқа өтінімі бар (id {uuid}). Бұл жойылған күйінде қалады.</translation>
    </message>
    <message>
        <source>This {kind} cannot be brought back: a live record now holds a value only one may hold ({detail}). It stays deleted.</source>
        <translation>Бұл жазбаны ({kind}) қайтаруға болмайды: енді қолданыстағы жазбада тек біреуінде ғана болуы мүмкін мән бар ({detail}). Ол жойылған күйінде қалады.</translation>
    </message>
    <message>
        <source>«{name}» is already a member of this initiative (since {joined})</source>
        <translation>«{name}» бұл бастаманың қатысушысы болып табылады ({joined} бастап)</translation>
    </message>
    <message>
        <source>{file}: {detail}; nothing was imported.</source>
        <translation>{file}: файл қабылданбады, ештеңе импортталған жоқ. Себебі (техникалық): {detail}.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a sync file.</source>
        <translation>{file} — бұл қалта, синхрондау файлы емес.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the sync file to write.</source>
        <translation>{path} — бұл қалта; жазылатын синхрондау файлының атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Cannot sync with {path}: the folder {folder} does not exist (is the stick or the shared folder connected?).</source>
        <translation>{path} файлымен синхрондау мүмкін емес: {folder} қалтасы жоқ (флешка немесе ортақ қалта қосылған ба?).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: %1. The details are in the log file %2.</source>
        <translation>Қате орын алды: %1. Толығырақ журнал файлында: %2.</translation>
    </message>
    <message>
        <source>ClusterDesk</source>
        <translation>ClusterDesk</translation>
    </message>
    <message>
        <source>ClusterDesk %1 met an unexpected error and will close. Your saved data is safe; the form you were filling is kept as a draft.</source>
        <translation>ClusterDesk %1 күтпеген қатеге тап болды және жабылады. Сақталған деректеріңіз аман; толтырып жатқан формаңыз жоба ретінде сақталды.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мән</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>OKED</source>
        <translation>ЭҚЖЖ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Іссапар</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Share of exports</source>
        <translation>Экспорт үлесі</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Қызметкерлер саны</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Жылдық түсім</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Өлшемшарт</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Сарапшы</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Себептері</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Ұйымдық-құқықтық нысаны</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Who works at this computer?</source>
        <translation>Осы компьютерде кім жұмыс істейді?</translation>
    </message>
    <message>
        <source>ClusterDesk records who made each consultation and names you in the files sent to head office. Choose yourself if you are already in the list, or introduce yourself once.</source>
        <translation>ClusterDesk әр кеңесті кім өткізгенін жазады және бас кеңсеге жіберілетін файлдарда сізді көрсетеді. Тізімде болсаңыз, өзіңізді таңдаңыз, немесе бір рет өзіңізді таныстырыңыз.</translation>
    </message>
    <message>
        <source>Open the &amp;programme file…</source>
        <translation>&amp;Бағдарлама файлын ашу…</translation>
    </message>
    <message>
        <source>Head office gave you a programme file? Open it: this computer joins the programme and you choose yourself among the people it names.</source>
        <translation>Бас кеңсе сізге бағдарлама файлын берді ме? Оны ашыңыз: бұл компьютер бағдарламаға қосылады, ал сіз ондағы адамдардың ішінен өзіңізді таңдайсыз.</translation>
    </message>
    <message>
        <source>— I am new here —</source>
        <translation>— мен мұнда алғаш рет —</translation>
    </message>
    <message>
        <source>I &amp;am</source>
        <translation>&amp;Мен</translation>
    </message>
    <message>
        <source>&amp;Works as</source>
        <translation>&amp;Қызметі</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Ұйым</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Өңір</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>Head office&apos;s fingerprint:</source>
        <translation>Бас кеңсенің іздері:</translation>
    </message>
    <message>
        <source>Head office read out exactly this fingerprint</source>
        <translation>Бас кеңсе дәл осы ізді оқып берді</translation>
    </message>
    <message>
        <source>Open the programme file</source>
        <translation>Бағдарлама файлын ашу</translation>
    </message>
    <message>
        <source>Programme file (*.json *.cdprogramme);;All files (*)</source>
        <translation>Бағдарлама файлы (*.json *.cdprogramme);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Programme «%1»</source>
        <translation>«%1» бағдарламасы</translation>
    </message>
    <message>
        <source>Ask head office to read its fingerprint to you by phone and compare it with this one, group by group: if they differ, the file is not head office&apos;s.</source>
        <translation>Бас кеңседен өз ізін телефонмен оқып беруін сұраңыз және оны осымен топ-топ бойынша салыстырыңыз: егер олар әртүрлі болса, файл бас кеңседен емес.</translation>
    </message>
    <message>
        <source>Head office enrols this computer from your first sync file. This computer&apos;s fingerprint, to read back to them: %1</source>
        <translation>Бас кеңсе бұл компьютерді сіздің алғашқы синхрондау файлыңыз бойынша тіркейді. Оларға оқып беру үшін бұл компьютердің іздері: %1</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Қалай</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <source>Values that lost</source>
        <translation>Қабылданбаған мәндер</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Settlement (KATO)</source>
        <translation>Елді мекен (ӘАОЖ)</translation>
    </message>
    <message>
        <source>Next step owner</source>
        <translation>Қадамға жауапты</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Қадам мерзімі</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Үлгі нұсқасы</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Жарияланған күні</translation>
    </message>
    <message>
        <source>Applications until</source>
        <translation>Өтінімдер қабылдау мерзімі</translation>
    </message>
    <message>
        <source>Clusters to select</source>
        <translation>Іріктелетін кластерлер саны</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>Жалпы балл</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Selection round</source>
        <translation>Іріктеу кезеңі</translation>
    </message>
    <message>
        <source>Reasons for rejection</source>
        <translation>Қабылдамау себептері</translation>
    </message>
    <message>
        <source>Application fields</source>
        <translation>Өтінім өрістері</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Қосымшалар</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Бағалар</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Кездесуге қатысушылар</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Нысан нұсқасы</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>edited here</source>
        <translation>осы компьютерде өзгертілді</translation>
    </message>
    <message>
        <source>arrived in a sync file</source>
        <translation>синхрондау файлымен келді</translation>
    </message>
    <message>
        <source>open</source>
        <translation>шешілмеген</translation>
    </message>
    <message>
        <source>the other version was kept</source>
        <translation>басқа нұсқа қалдырылды</translation>
    </message>
    <message>
        <source>this version was restored</source>
        <translation>бұл нұсқа қалпына келтірілді</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Тарихы: %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Тарих оқылуда…</translation>
    </message>
    <message>
        <source>record created</source>
        <translation>жазба құрылды</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Өзгерістер (%1)</translation>
    </message>
    <message>
        <source>Each field&apos;s last change</source>
        <translation>Әр өрістің соңғы өзгерісі</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Қайшылықтар (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) seen on this computer.</source>
        <translation>
            <numerusform>Осы компьютерде %n өзгеріс.</numerusform>
            <numerusform>Осы компьютерде %n өзгеріс.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1 on %2.</source>
        <translation>Соңғы өзгеріс: %1, құрылғы %2.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Тарихы…</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <source>New cluster initiative</source>
        <translation>Жаңа кластерлік бастама</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Қатысушыны алып тастау</translation>
    </message>
    <message>
        <source>Remove member «%1»</source>
        <translation>«%1» қатысушысын алып тастау</translation>
    </message>
    <message>
        <source>Cluster initiative</source>
        <translation>Кластерлік бастама</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Сала</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Өңір</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Мәртебесі</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Үйлестіруші</translation>
    </message>
    <message>
        <source>Start typing a name or BIN…</source>
        <translation>Атауын немесе БСН-ін тере бастаңыз…</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>С&amp;ипаттамасы</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Organization to add…</source>
        <translation>Қосылатын ұйым…</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Қатысушы &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>Қатысушыны &amp;жою</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтінімдер</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a programme</source>
        <translation>Бағдарламаға қосылу</translation>
    </message>
    <message>
        <source>The file is the programme «%1». Ask head office to read its fingerprint to you by phone and compare it with the one below, group by group.</source>
        <translation>Бұл «%1» бағдарламасының файлы. Бас кеңседен өз ізін телефонмен оқып беруін сұраңыз және оны төмендегімен топ-топ бойынша салыстырыңыз.</translation>
    </message>
    <message>
        <source>Head office read out exactly this fingerprint</source>
        <translation>Бас кеңсе дәл осы ізді оқып берді</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export list</source>
        <translation>Тізімді экспорттау</translation>
    </message>
    <message>
        <source>Export every field of the records (address, e-mail, OKED, size…)?

Yes: every field. No: only the columns shown.</source>
        <translation>Жазбалардың барлық өрістерін экспорттау керек пе (мекенжайы, e-mail, ЭҚЖЖ, мөлшері…)?

Иә: барлық өрістер. Жоқ: тек көрсетілген бағандар.</translation>
    </message>
    <message>
        <source>CSV, separated by semicolons (*.csv)</source>
        <translation>CSV, бөлгіші — нүктелі үтір (*.csv)</translation>
    </message>
    <message>
        <source>CSV, separated by commas (*.csv)</source>
        <translation>CSV, бөлгіші — үтір (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n жол экспортталды: %1</numerusform>
            <numerusform>%n жол экспортталды: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Кеңестер</translation>
    </message>
    <message>
        <source>Cluster members</source>
        <translation>Кластер қатысушылары</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Export the programme to Excel</source>
        <translation>Бағдарламаны Excel-ге экспорттау</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Барлық салалар</translation>
    </message>
    <message>
        <source>All trips</source>
        <translation>Барлық іссапарлар</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Кез келген түр</translation>
    </message>
    <message>
        <source>Any interest</source>
        <translation>Кез келген қызығушылық</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>Барлық кезеңдер</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Барлық кеңесшілер</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>Search (name, BIN, notes)…</source>
        <translation>Іздеу (атауы, БСН, ескертпелер)…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
</context>
<context>
    <name>Lookalike</name>
    <message>
        <source>the same name once case, quotes and the legal form are set aside</source>
        <translation>әріп регистрі, тырнақша және құқықтық нысаны ескерілмегенде атауы бірдей</translation>
    </message>
    <message>
        <source>the same distinctive words: «{words}»</source>
        <translation>айырмашылық сөздері бірдей: «{words}»</translation>
    </message>
    <message>
        <source>distinctive words «{a}» and «{b}»</source>
        <translation>айырмашылық сөздері: «{a}» және «{b}»</translation>
    </message>
    <message>
        <source>names made of common words only</source>
        <translation>атаулар тек жалпы сөздерден тұрады</translation>
    </message>
    <message>
        <source>common words do not count: «{words}»</source>
        <translation>жалпы сөздер есептелмейді: «{words}»</translation>
    </message>
    <message>
        <source>the same phone {phone}</source>
        <translation>телефоны бірдей: {phone}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Басқару тақтасы</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Іссапарлар</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Кеңестер</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Келесі қадамдар</translation>
    </message>
    <message>
        <source>Cluster initiatives</source>
        <translation>Кластерлік бастамалар</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтінімдер</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Devices and keys</source>
        <translation>Құрылғылар мен кілттер</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete «%1»? You can undo this with Edit → Undo.</source>
        <translation>«%1» жойылсын ба? Мұны Түзету → Болдырмау арқылы қайтаруға болады.</translation>
    </message>
    <message>
        <source>Delete «%1»</source>
        <translation>«%1» жою</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Құрылғы: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not exported</source>
        <translation>
            <numerusform>%n өзгеріс экспортталмаған</numerusform>
            <numerusform>%n өзгеріс экспортталмаған</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;History of the record…</source>
        <translation>Жазба &amp;тарихы…</translation>
    </message>
    <message>
        <source>Export the &amp;programme to Excel…</source>
        <translation>Бағдарламаны Excel-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <source>%1 will appear here.</source>
        <translation>«%1» бөлімі осында шығады.</translation>
    </message>
    <message>
        <source>ClusterDesk</source>
        <translation>ClusterDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>New &amp;consultation…</source>
        <translation>Жаңа &amp;кеңес…</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>Жаңа &amp;жазба…</translation>
    </message>
    <message>
        <source>Export list to &amp;CSV…</source>
        <translation>Тізімді &amp;CSV-ге экспорттау…</translation>
    </message>
    <message>
        <source>Export list to E&amp;xcel…</source>
        <translation>Тізімді E&amp;xcel-ге экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ба&amp;птаулар…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Open record…</source>
        <translation>Жазбаны &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>&amp;About ClusterDesk…</source>
        <translation>ClusterDesk &amp;туралы…</translation>
    </message>
    <message>
        <source>A consultation you were recording was not saved. Open it to finish it?</source>
        <translation>Сіз жазып жатқан кеңес сақталмады. Аяқтау үшін оны ашу керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer have not been exported for more than a day. Close anyway? (Sync → Export or Sync with a central file sends them.)</source>
        <translation>
            <numerusform>Осы компьютерде жасалған өзгерістер (%n) бір тәуліктен астам уақыт экспортталмаған. Бәрібір жабу керек пе? (Оларды Синхрондау → Өзгерістерді экспорттау немесе Орталық файлмен синхрондау арқылы жіберуге болады.)</numerusform>
            <numerusform>Осы компьютерде жасалған өзгерістер (%n) бір тәуліктен астам уақыт экспортталмаған. Бәрібір жабу керек пе? (Оларды Синхрондау → Өзгерістерді экспорттау немесе Орталық файлмен синхрондау арқылы жіберуге болады.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Соңғы &amp;файлдарды ашу</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Қазір сақтық &amp;көшірме жасау</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Сақтық көшірмеден қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on its server (pg_dump).</source>
        <translation>PostgreSQL дерекқорының сақтық көшірмесі оның серверінде жасалады (pg_dump).</translation>
    </message>
    <message>
        <source>(no other database yet)</source>
        <translation>(басқа дерекқор әзірге жоқ)</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Сақтық көшірме жазылды: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>ClusterDesk database (*.db)</source>
        <translation>ClusterDesk дерекқоры (*.db)</translation>
    </message>
    <message>
        <source>Open the backup %1 (%2)? It is copied to a new file next to the current database, which stays as it is.</source>
        <translation>%1 сақтық көшірмесін ашу керек пе (%2)? Ол ағымдағы дерекқордың жанындағы жаңа файлға көшіріледі, ағымдағы дерекқор өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Пернелер &amp;тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;Undo typing</source>
        <translation>&amp;Теруді болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo typing</source>
        <translation>&amp;Теруді қайтару</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Қайтару: %1</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>on track</source>
        <translation>жоспар бойынша</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>қауіп төнген</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>артта қалу</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>дерек жоқ</translation>
    </message>
    <message>
        <source>stock (latest value)</source>
        <translation>қор (соңғы мән)</translation>
    </message>
    <message>
        <source>flow (sum)</source>
        <translation>ағын (сома)</translation>
    </message>
    <message>
        <source>rate (numerator / denominator)</source>
        <translation>үлес (алым / бөлім)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>жоспарланған</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>тоқтап тұр</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>күшін жойған</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <source>drafted</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>agreed with the ministry</source>
        <translation>министрлікпен келісілген</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>бекітілген</translation>
    </message>
    <message>
        <source>state support measure</source>
        <translation>мемлекеттік қолдау шарасы</translation>
    </message>
    <message>
        <source>own funds</source>
        <translation>меншікті қаражат</translation>
    </message>
    <message>
        <source>development institution</source>
        <translation>даму институты</translation>
    </message>
    <message>
        <source>other</source>
        <translation>басқа</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Cluster organizations: %1 · coordinators working %2, trained %3 · overdue tasks: %4</source>
        <translation>Кластерлік ұйымдар: %1 · жұмыс істейтін үйлестірушілер %2, оқытылғаны %3 · мерзімі өткен тапсырмалар: %4</translation>
    </message>
    <message>
        <source>No plan recorded.</source>
        <translation>Жоспар енгізілмеген.</translation>
    </message>
    <message>
        <source>No version approved yet; version %1 is %2.</source>
        <translation>Бекітілген нұсқа әзірге жоқ; %1 нұсқасы: %2.</translation>
    </message>
    <message>
        <source>Version in force: %1, approved %2; period %3–%4.</source>
        <translation>Қолданыстағы нұсқа: %1, бекітілген күні %2; кезеңі %3–%4.</translation>
    </message>
    <message>
        <source>Version %1 is %2.</source>
        <translation>%1 нұсқасы: %2.</translation>
    </message>
    <message>
        <source>Measure / project</source>
        <translation>Іс-шара / жоба</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Needed, mln KZT</source>
        <translation>Қажеттілік, млн теңге</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Қаржыландыру</translation>
    </message>
    <message>
        <source>What blocks it</source>
        <translation>Не кедергі</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Adds up as</source>
        <translation>Жинақтау тәсілі</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базалық мән</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>%1 мақсаты</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Нақты</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Күтілген</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Decision / contract</source>
        <translation>Шешім / шарт</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <source>As at</source>
        <translation>Жағдай бойынша</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <source>Record an actual value…</source>
        <translation>Нақты мәнді енгізу…</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>This initiative already has an application to this round; open it from the list instead.</source>
        <translation>Бұл бастаманың осы іріктеуге өтінімі бар; оны тізімнен ашыңыз.</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Жаңа өтінім</translation>
    </message>
    <message>
        <source>The draft is pre-filled from what is recorded about the initiative: region, sector, coordinator, members and the latest diagnostic.</source>
        <translation>Жоба бастама туралы енгізілген мәліметтермен алдын ала толтырылады: өңір, сала, үйлестіруші, қатысушылар және соңғы диагностика.</translation>
    </message>
    <message>
        <source>Cluster &amp;initiative</source>
        <translation>Кластерлік &amp;бастама</translation>
    </message>
    <message>
        <source>Selection &amp;round</source>
        <translation>Конкурстық &amp;іріктеу</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <source>The first rows are overdue (due before today).</source>
        <translation>Алғашқы жолдардың мерзімі өтіп кеткен (мерзімі бүгіннен бұрын).</translation>
    </message>
    <message>
        <source>Mark done «%1»</source>
        <translation>«%1» орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Орындалды</translation>
    </message>
    <message>
        <source>The selected next step was done today (Ctrl+D); it leaves this list</source>
        <translation>Таңдалған қадам бүгін орындалды (Ctrl+D); ол осы тізімнен шығады</translation>
    </message>
    <message>
        <source>Search by organization…</source>
        <translation>Ұйым бойынша іздеу…</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>New organization</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <source>Remove contact «%1»</source>
        <translation>«%1» байланысын жою</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>ТОО «…»</source>
        <translation>«…» ЖШС</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Тү&amp;рі</translation>
    </message>
    <message>
        <source>&amp;Legal form</source>
        <translation>&amp;Құқықтық нысаны</translation>
    </message>
    <message>
        <source>ТОО, АО, ИП, КХ…</source>
        <translation>ЖШС, АҚ, ЖК, ШҚ…</translation>
    </message>
    <message>
        <source>&amp;BIN / IIN</source>
        <translation>&amp;БСН / ЖСН</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Si&amp;ze class</source>
        <translation>&amp;Мөлшері</translation>
    </message>
    <message>
        <source>&amp;Employees</source>
        <translation>Қызметкерлер &amp;саны</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Annual &amp;revenue, mln KZT</source>
        <translation>Жылдық &amp;түсім, млн теңге</translation>
    </message>
    <message>
        <source>Share of e&amp;xports, %</source>
        <translation>&amp;Экспорт үлесі, %</translation>
    </message>
    <message>
        <source>Re&amp;gion (as recorded)</source>
        <translation>&amp;Өңір (жазбадағы)</translation>
    </message>
    <message>
        <source>Region today</source>
        <translation>Қазіргі өңір</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>Са&amp;ла</translation>
    </message>
    <message>
        <source>&amp;OKED</source>
        <translation>ЭҚ&amp;ЖЖ</translation>
    </message>
    <message>
        <source>10.61</source>
        <translation>10.61</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Ме&amp;кенжайы</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Т&amp;елефон</translation>
    </message>
    <message>
        <source>+7 (7142) 00-00-00</source>
        <translation>+7 (7142) 00-00-00</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Эл. по&amp;шта</translation>
    </message>
    <message>
        <source>name@company.kz</source>
        <translation>name@company.kz</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Веб-сайт</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Байланыс қосу…</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Байланысты жою</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Кеңестер</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Бастамалар</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Working at this computer: %1</source>
        <translation>Осы компьютерде жұмыс істейді: %1</translation>
    </message>
    <message>
        <source>Nobody is chosen as working at this computer.</source>
        <translation>Осы компьютерде кім жұмыс істейтіні таңдалмаған.</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Жаңа адам…</translation>
    </message>
    <message>
        <source>&amp;This is me</source>
        <translation>&amp;Бұл мен</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Works as</source>
        <translation>&amp;Қызметі</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Өңір</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Ұйым</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. пошта</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Жаңа адам</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Қызығушылық</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Іссапар</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>Search: «%1»</source>
        <translation>Іздеу: «%1»</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 of %2</source>
        <translation>%2 ішінен алғашқы %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Басылған уақыты: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 беттің %1-беті</translation>
    </message>
</context>
<context>
    <name>ProgrammeNameDialog</name>
    <message>
        <source>Create a programme</source>
        <translation>Бағдарлама құру</translation>
    </message>
    <message>
        <source>This computer becomes head office of a new programme: it enrols the other devices, and every sync file is signed and encrypted from now on.</source>
        <translation>Бұл компьютер жаңа бағдарламаның бас кеңсесі болады: ол басқа құрылғыларды тіркейді, ал әр синхрондау файлы енді қол қойылып, шифрланады.</translation>
    </message>
    <message>
        <source>Programme &amp;name:</source>
        <translation>Бағдарлама &amp;атауы:</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Leave this question unanswered</source>
        <translation>Бұл сұрақты жауапсыз қалдыру</translation>
    </message>
    <message>
        <source>Evidence: documents seen, facts, who said it…</source>
        <translation>Негіздеме: қаралған құжаттар, деректер, кім айтты…</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>жауап жоқ</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%2 балдан %1</translation>
    </message>
</context>
<context>
    <name>QuestionInput</name>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>points: %1</source>
        <translation>балл: %1</translation>
    </message>
</context>
<context>
    <name>QuickOrganizationDialog</name>
    <message>
        <source>New organization</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <source>12 digits; may be left empty</source>
        <translation>12 цифр; бос қалдыруға болады</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>&amp;BIN</source>
        <translation>&amp;БСН</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Өңір</translation>
    </message>
    <message>
        <source>The other details can be added later in the organization&apos;s own form.</source>
        <translation>Қалған мәліметтерді кейін ұйымның өз пішінінде қосуға болады.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Бастама</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Сарапшылар</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Іріктелді</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Tied on the last place to select: the commission decides</source>
        <translation>Соңғы өту орнында балдар тең: комиссия шешеді</translation>
    </message>
    <message>
        <source>Same total as another application: shared place</source>
        <translation>Балл сомасы басқа өтініммен бірдей: орын бөлінген</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Selection &amp;round</source>
        <translation>&amp;Конкурстық іріктеу</translation>
    </message>
    <message>
        <source>Totals are the average of the evaluators&apos; sums. Equal totals share a place (=). Rows in yellow are tied on the last place to select: tick the ones the commission selects.</source>
        <translation>Қорытынды балл — сарапшылар балдары жиынының орташасы. Қорытындысы тең өтінімдер бір орынды бөліседі (=). Сарымен соңғы өтетін орында тең түскен жолдар белгіленген: комиссия іріктегендерін белгілеңіз.</translation>
    </message>
    <message>
        <source>&amp;Apply the selection…</source>
        <translation>Іріктеу нәтижесін &amp;қолдану…</translation>
    </message>
    <message>
        <source>&amp;Open application</source>
        <translation>Өтінімді &amp;ашу</translation>
    </message>
    <message>
        <source>No selection round is recorded yet.</source>
        <translation>Конкурстық іріктеу әлі енгізілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>Applications accepted %1; %2 to select. %n application(s), %3 evaluated, %4 selected.</source>
        <translation>
            <numerusform>Өтінімдер қабылдау: %1; іріктелетіні: %2. Өтінімдер: %n, бағаланғаны: %3, іріктелгені: %4.</numerusform>
            <numerusform>Өтінімдер қабылдау: %1; іріктелетіні: %2. Өтінімдер: %n, бағаланғаны: %3, іріктелгені: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n application(s) selected and %1 not selected? Each change is kept in the application&apos;s history.</source>
        <translation>
            <numerusform>Іріктелген (%n) және іріктелмеген (%1) өтінімдер белгіленсін бе? Әр өзгеріс өтінім тарихында сақталады.</numerusform>
            <numerusform>Іріктелген (%n) және іріктелмеген (%1) өтінімдер белгіленсін бе? Әр өзгеріс өтінім тарихында сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide the tie: %1 of the highlighted applications can be selected.</source>
        <translation>Теңдікті шешіңіз: белгіленген өтінімдердің %1-і іріктеле алады.</translation>
    </message>
    <message>
        <source>The selection is applied.</source>
        <translation>Іріктеу нәтижесі қолданылды.</translation>
    </message>
    <message>
        <source>Apply the selection</source>
        <translation>Іріктеу нәтижесін қолдану</translation>
    </message>
</context>
<context>
    <name>RecordActualDialog</name>
    <message>
        <source>Record an actual value</source>
        <translation>Нақты мәнді енгізу</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Кезең басы</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Кезең соңы</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Алым</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Document, letter or file that shows it</source>
        <translation>Мәнді растайтын құжат, хат немесе файл</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>This period already has %1; saving replaces it as a correction.</source>
        <translation>Бұл кезеңге %1 жазылған; сақтағанда ол түзету ретінде ауыстырылады.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove «%1»? Edit → Undo brings it back.</source>
        <translation>«%1» алып тасталсын ба? Түзету → Болдырмау арқылы қайтаруға болады.</translation>
    </message>
    <message>
        <source>This form was being filled in and was not saved (the program was closed or stopped). Restore what was typed?</source>
        <translation>Бұл пішін толтырылып жатқан, бірақ сақталмаған (бағдарлама жабылды немесе тоқтап қалды). Енгізілгенді қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>Discard what was typed in this form? It has not been saved.</source>
        <translation>Осы пішінге енгізілгенді тастау керек пе? Ол сақталмаған.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere (by an import, another window or another analyst) while it was open here. Reload it? Changes not yet saved in this form would be lost. If you keep editing instead, saving keeps their changes and asks about any field changed on both sides.</source>
        <translation>Жазба мұнда ашық тұрғанда, оны басқа жерде өзгертті (импорт, басқа терезе немесе басқа талдаушы). Оны қайта жүктеу керек пе? Осы формадағы сақталмаған өзгерістер жоғалады. Егер өңдеуді жалғастырсаңыз, сақтаған кезде олардың өзгерістері қалады, ал екі жақта да өзгертілген өрістер туралы бағдарлама сұрайды.</translation>
    </message>
</context>
<context>
    <name>RegistryImportDialog</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Ұйымдық-құқықтық нысаны</translation>
    </message>
    <message>
        <source>Region or KATO</source>
        <translation>Өңір немесе ҚАТО</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>Contact&apos;s position</source>
        <translation>Байланыс тұлғасының лауазымы</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Не болады</translation>
    </message>
    <message>
        <source>&amp;Import a registry of organizations…</source>
        <translation>Ұйымдар тізілімін &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import a registry of organizations</source>
        <translation>Ұйымдар тізілімін импорттау</translation>
    </message>
    <message>
        <source>Registry lists (*.xlsx *.csv *.txt)</source>
        <translation>Тізілім тізімдері (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Import a registry: %1</source>
        <translation>Тізілімді импорттау: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(файлда жоқ)</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Жолдар тексерілуде…</translation>
    </message>
    <message>
        <source>%1 rows: %2 will be imported, %3 refused (the reason is in the table).</source>
        <translation>Жолдар: %1; импортталады: %2, қабылданбады: %3 (себебі кестеде көрсетілген).</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>импортталады</translation>
    </message>
    <message>
        <source>%1 organizations and %2 contacts imported; %3 rows refused.</source>
        <translation>Импортталған ұйымдар: %1, байланыстар: %2; қабылданбаған жолдар: %3.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject at registration</source>
        <translation>Тіркеу кезінде қабылдамау</translation>
    </message>
    <message>
        <source>&amp;Reasons for the rejection, one per line (the problems the check found are filled in):</source>
        <translation>Қабылдамау &amp;себептері, әр жолға біреуден (тексеру тапқан сәйкессіздіктер енгізілген):</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Selection round</source>
        <translation>Конкурстық іріктеу кезеңі</translation>
    </message>
    <message>
        <source>Selection round %1</source>
        <translation>Конкурстық іріктеу кезеңі: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Жарияланған күні</translation>
    </message>
    <message>
        <source>Applications until</source>
        <translation>Өтінімдер қабылдау мерзімі</translation>
    </message>
    <message>
        <source>Clusters to select</source>
        <translation>Іріктелетін кластерлер саны</translation>
    </message>
    <message>
        <source>Application template</source>
        <translation>Өтінім үлгісі</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Жарияланған күні</translation>
    </message>
    <message>
        <source>Applications until</source>
        <translation>Өтінімдер қабылдау мерзімі</translation>
    </message>
    <message>
        <source>Clusters to select</source>
        <translation>Іріктелетін кластерлер саны</translation>
    </message>
    <message>
        <source>Application template</source>
        <translation>Өтінім үлгісі</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтінімдер</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Жаңа кезең…</translation>
    </message>
    <message>
        <source>&amp;Edit round…</source>
        <translation>Кезеңді &amp;өзгерту…</translation>
    </message>
</context>
<context>
    <name>ScoresDialog</name>
    <message>
        <source>Evaluator&apos;s points</source>
        <translation>Сарапшының балдары</translation>
    </message>
    <message>
        <source>&amp;Evaluator</source>
        <translation>&amp;Сарапшы</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Diagnostic session</source>
        <translation>Диагностика сессиясы</translation>
    </message>
    <message>
        <source>Choose the cluster initiative and record who took part. Then answer the questions dimension by dimension.</source>
        <translation>Кластерлік бастаманы таңдап, кімдер қатысқанын жазыңыз. Содан кейін сұрақтарға бағыт бойынша жауап беріңіз.</translation>
    </message>
    <message>
        <source>&amp;Initiative:</source>
        <translation>&amp;Бастама:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Кү&amp;ні:</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Кеңесші:</translation>
    </message>
    <message>
        <source>&amp;Attendees
(one per line):</source>
        <translation>&amp;Қатысқандар
(әр жолға біреуден):</translation>
    </message>
    <message>
        <source>Name, position, organization</source>
        <translation>Аты-жөні, лауазымы, ұйымы</translation>
    </message>
    <message>
        <source>Choose an initiative from the list.</source>
        <translation>Тізімнен бастаманы таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A database file, or a PostgreSQL database: postgresql://user@server/database (the password is read from ~/.pgpass or PGPASSWORD and never stored)</source>
        <translation>Дерекқор файлы немесе PostgreSQL дерекқоры: postgresql://пайдаланушы@сервер/дерекқор (құпиясөз ~/.pgpass немесе PGPASSWORD ішінен алынады және ешқашан сақталмайды)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>ClusterDesk database (*.db)</source>
        <translation>ClusterDesk дерекқоры (*.db)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Жаңа дерекқор</translation>
    </message>
    <message>
        <source>Folder for PDF files</source>
        <translation>PDF файлдарына арналған қалта</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Consultant</source>
        <translation>&amp;Кеңесші</translation>
    </message>
    <message>
        <source>&amp;Device name</source>
        <translation>&amp;Құрылғы атауы</translation>
    </message>
    <message>
        <source>Default &amp;region</source>
        <translation>Әдепкі &amp;өңір</translation>
    </message>
    <message>
        <source>Data&amp;base file</source>
        <translation>&amp;Дерекқор файлы</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <source>&amp;PDF folder</source>
        <translation>PDF қа&amp;лтасы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>A new database file opens after you press Save.</source>
        <translation>Жаңа дерекқор файлы «Сақтау» басылғаннан кейін ашылады.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Go to a page (in the navigation order)</source>
        <translation>Бетке өту (сол жақтағы тізім ретімен)</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Жаңа кеңес</translation>
    </message>
    <message>
        <source>New record of the current page</source>
        <translation>Ағымдағы беттің жаңа жазбасы</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Таңдалған жазбаны ашу</translation>
    </message>
    <message>
        <source>Delete the selected record (Edit → Undo brings it back)</source>
        <translation>Таңдалған жазбаны жою (Түзету → Болдырмау оны қайтарады)</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Ағымдағы тізімнен іздеу</translation>
    </message>
    <message>
        <source>In the search box: go to the results</source>
        <translation>Іздеу өрісінде: нәтижелерге өту</translation>
    </message>
    <message>
        <source>Next / previous control (also out of a table)</source>
        <translation>Келесі / алдыңғы элемент (кестеден шығу да)</translation>
    </message>
    <message>
        <source>Undo / redo: typing in a text box, else the last change</source>
        <translation>Болдырмау / қайтару: мәтін өрісіндегі теру, әйтпесе соңғы өзгеріс</translation>
    </message>
    <message>
        <source>Save the form (in every editor)</source>
        <translation>Пішінді сақтау (кез келген редакторда)</translation>
    </message>
    <message>
        <source>Close the form (asks if typed content is unsaved)</source>
        <translation>Пішінді жабу (терілгені сақталмаса, сұрайды)</translation>
    </message>
    <message>
        <source>New organization from the consultation form</source>
        <translation>Кеңес пішінінен жаңа ұйым</translation>
    </message>
    <message>
        <source>Next steps: mark the selected one done</source>
        <translation>Келесі қадамдар: таңдалғанын орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>History of the selected record</source>
        <translation>Таңдалған жазбаның тарихы</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Не істейді</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Check the result, write the next steps, then Complete. A completed diagnostic is the one reports compare with.</source>
        <translation>Нәтижені тексеріп, келесі қадамдарды жазыңыз да, «Аяқтау» батырмасын басыңыз. Есептер аяқталған диагностикамен салыстырылады.</translation>
    </message>
    <message>
        <source>N&amp;ext steps agreed:</source>
        <translation>Келісілген &amp;келесі қадамдар:</translation>
    </message>
    <message>
        <source>Consultant&apos;s n&amp;otes:</source>
        <translation>Кеңесшінің &amp;ескертпелері:</translation>
    </message>
    <message>
        <source>Change since
%1</source>
        <translation>%1 бастап
өзгеріс</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <source>Readiness index: %1 of 100</source>
        <translation>Дайындық индексі: 100-ден %1</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%2 сұрақтың %1-іне жауап берілді</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Деңгейі: %1</translation>
    </message>
    <message>
        <source>No level assigned</source>
        <translation>Деңгей берілмеді</translation>
    </message>
    <message>
        <source>Why no level is assigned</source>
        <translation>Неліктен деңгей берілмеді</translation>
    </message>
    <message>
        <source>Weakest dimensions and what to do</source>
        <translation>Ең әлсіз бағыттар және не істеу керек</translation>
    </message>
    <message>
        <source>No weak dimensions were found.</source>
        <translation>Әлсіз бағыттар табылған жоқ.</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>өзгеріс %1</translation>
    </message>
    <message>
        <source>There is no earlier complete diagnostic of this initiative to compare with.</source>
        <translation>Бұл бастаманың салыстыруға болатын бұрынғы аяқталған диагностикасы жоқ.</translation>
    </message>
</context>
<context>
    <name>SyncJobs</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Болдырылмады; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Барлығын экспорттау</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Өзгерістерді экспорттау</translation>
    </message>
    <message>
        <source>ClusterDesk sync files (*.cdsync)</source>
        <translation>ClusterDesk синхрондау файлдары (*.cdsync)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>There were no changes to export; %1 was written anyway (it holds nothing new).</source>
        <translation>Экспорттайтын өзгеріс болмады; %1 бәрібір жазылды (онда жаңа ештеңе жоқ).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n жазба жазылды: %1.</numerusform>
            <numerusform>%n жазба жазылды: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import sync files</source>
        <translation>Синхрондау файлдарын импорттау</translation>
    </message>
    <message>
        <source>ClusterDesk sync files (*.cdsync);;All files (*)</source>
        <translation>ClusterDesk синхрондау файлдары (*.cdsync);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Another sync job is still running; try again when it has finished.</source>
        <translation>Басқа синхрондау әлі орындалуда; ол аяқталған соң қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>%1 was not imported: cancelled, nothing of it was changed.</source>
        <translation>%1 импортталмады: болдырылмады, ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>Құрылғыны тіркеу</translation>
    </message>
    <message>
        <source>Enrol this device now? You compare its fingerprint with its user by phone first; the file is imported afterwards.</source>
        <translation>Бұл құрылғыны қазір тіркеу керек пе? Алдымен оның ізін пайдаланушымен телефон арқылы салыстырыңыз; файл содан кейін импортталады.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2; nothing changed.</source>
        <translation>%1 бұрын импортталған (%2); ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>%1 from %2 — new: %3, updated: %4, unchanged: %5, conflicts: %6, merged duplicates: %7.</source>
        <translation>%1 (%2 құрылғысынан) — жаңа: %3, жаңартылды: %4, өзгеріссіз: %5, қайшылықтар: %6, біріктірілген қайталанулар: %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused: the device that made them may not make them, or the proof of who made them does not hold.</source>
        <translation>
            <numerusform>%n өзгеріс қабылданбады: оны жасаған құрылғының оған құқығы жоқ немесе авторлық растауы сәйкес келмейді.</numerusform>
            <numerusform>%n өзгеріс қабылданбады: оларды жасаған құрылғының оған құқығы жоқ немесе авторлық растауы сәйкес келмейді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refused: as many records of the device that made them are held back here as are kept. Discard those that will never apply (Held back) and sync again.</source>
        <translation>
            <numerusform>%n жазба қабылданбады: оларды жасаған құрылғының мұнда сақталатын шекке дейін жазбалары кейінге қалдырылған. Ешқашан қолданылмайтындарын жойыңыз («Кейінге қалдырылғандар» қойындысы) және қайта синхрондаңыз.</numerusform>
            <numerusform>%n жазба қабылданбады: оларды жасаған құрылғының мұнда сақталатын шекке дейін жазбалары кейінге қалдырылған. Ешқашан қолданылмайтындарын жойыңыз («Кейінге қалдырылғандар» қойындысы) және қайта синхрондаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s) of duplicate organizations not applied: the merge rule refuses them.</source>
        <translation>
            <numerusform>Ұйым телнұсқаларының %n біріктіруі қолданылмады: біріктіру ережесі оған жол бермейді.</numerusform>
            <numerusform>Ұйым телнұсқаларының %n біріктіруі қолданылмады: біріктіру ережесі оларға жол бермейді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) held back: this computer&apos;s clock is behind the changes this database already holds. They are kept, not applied; set this computer&apos;s date and time, and the next import applies them.</source>
        <translation>
            <numerusform>%n жазба кейінге қалдырылды: осы компьютердің сағаты осы дерекқордағы өзгерістерден артта қалған. Олар сақталды, бірақ қолданылмады; осы компьютердің күні мен уақытын орнатыңыз, сонда келесі импорт оларды қолданады.</numerusform>
            <numerusform>%n жазба кейінге қалдырылды: осы компьютердің сағаты осы дерекқордағы өзгерістерден артта қалған. Олар сақталды, бірақ қолданылмады; осы компьютердің күні мен уақытын орнатыңыз, сонда келесі импорт оларды қолданады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) held back: stamped too far ahead of this computer&apos;s clock. They are kept, not applied; correct that computer&apos;s clock, date its changes again there (Sync view) and sync again.</source>
        <translation>
            <numerusform>%n жазба кейінге қалдырылды: оның уақыт белгісі осы компьютердің сағатынан тым алда. Ол сақталды, бірақ қолданылмады; сол компьютердің сағатын түзетіп, ондағы өзгерістердің күнін қайта қойыңыз («Синхрондау» бөлімі), содан соң қайта синхрондаңыз.</numerusform>
            <numerusform>%n жазба кейінге қалдырылды: олардың уақыт белгілері осы компьютердің сағатынан тым алда. Олар сақталды, бірақ қолданылмады; сол компьютердің сағатын түзетіп, ондағы өзгерістердің күнін қайта қойыңыз («Синхрондау» бөлімі), содан соң қайта синхрондаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) held back: signed by a device this computer&apos;s device list does not hold yet. They are kept, not applied; take the current programme file and sync again.</source>
        <translation>
            <numerusform>%n қайшылық кейінге қалдырылды: оған осы компьютердің құрылғылар тізімінде әлі жоқ құрылғы қол қойған. Ол сақталды, бірақ қолданылмады; бағдарламаның өзекті файлын алып, қайта синхрондаңыз.</numerusform>
            <numerusform>%n қайшылық кейінге қалдырылды: оларға осы компьютердің құрылғылар тізімінде әлі жоқ құрылғы қол қойған. Олар сақталды, бірақ қолданылмады; бағдарламаның өзекті файлын алып, қайта синхрондаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) held earlier applied now.</source>
        <translation>
            <numerusform>Бұрын кейінге қалдырылған %n жазба енді қолданылды.</numerusform>
            <numerusform>Бұрын кейінге қалдырылған %n жазба енді қолданылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) held earlier dropped: the computer that made them dated them again.</source>
        <translation>
            <numerusform>Бұрын кейінге қалдырылған %n жазба алынып тасталды: оларды жасаған компьютер олардың күнін қайта қойды.</numerusform>
            <numerusform>Бұрын кейінге қалдырылған %n жазба алынып тасталды: оларды жасаған компьютер олардың күнін қайта қойды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Central sync file</source>
        <translation>Орталық синхрондау файлы</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>%1 файлымен синхрондау…</translation>
    </message>
    <message numerus="yes">
        <source>Created the central file %1 with %n record(s).</source>
        <translation>
            <numerusform>%1 орталық файлы жасалды, жазбалар: %n.</numerusform>
            <numerusform>%1 орталық файлы жасалды, жазбалар: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the central file refused on this computer (damaged or changed, unsigned, or from a device it does not know); the rest was synced.</source>
        <translation>
            <numerusform>Орталық файлдың %n бөлігі осы компьютерде қабылданбады (бүлінген не өзгертілген, қолтаңбасыз немесе ол білмейтін құрылғыдан); қалғаны синхрондалды.</numerusform>
            <numerusform>Орталық файлдың %n бөлігі осы компьютерде қабылданбады (бүлінген не өзгертілген, қолтаңбасыз немесе ол білмейтін құрылғыдан); қалғаны синхрондалды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written back to %1.</source>
        <translation>
            <numerusform>%n жазба қайта жазылды: %1.</numerusform>
            <numerusform>%n жазба қайта жазылды: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>less than an hour</source>
        <translation>бір сағаттан аз</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n сағат</numerusform>
            <numerusform>%n сағат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Кеңес</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Іссапар</translation>
    </message>
    <message>
        <source>Cluster initiative</source>
        <translation>Кластерлік бастама</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>Selection round</source>
        <translation>Конкурстық іріктеу</translation>
    </message>
    <message>
        <source>Evaluation score</source>
        <translation>Бағалау балы</translation>
    </message>
    <message>
        <source>Application history</source>
        <translation>Өтінім тарихы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Келесі қадамдар</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Құрамы</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Құқықтық нысаны</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Мөлшері</translation>
    </message>
    <message>
        <source>Revenue, mln KZT</source>
        <translation>Түсім, млн теңге</translation>
    </message>
    <message>
        <source>Export share</source>
        <translation>Экспорт үлесі</translation>
    </message>
    <message>
        <source>Region as recorded</source>
        <translation>Өңір (жазбадағы)</translation>
    </message>
    <message>
        <source>OKED</source>
        <translation>ЭҚЖЖ</translation>
    </message>
    <message>
        <source>Language of the name</source>
        <translation>Атауының тілі</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Біріктірілді</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Кейінге қалдырылды</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <source>resolved: other version kept</source>
        <translation>шешілді: басқа нұсқа қалдырылды</translation>
    </message>
    <message>
        <source>resolved: this version kept</source>
        <translation>шешілді: осы нұсқа қалдырылды</translation>
    </message>
    <message>
        <source>{device}, signed by it</source>
        <translation>{device}, өзі қол қойған</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Other version made</source>
        <translation>Басқа нұсқа жасалды</translation>
    </message>
    <message>
        <source>This version from</source>
        <translation>Осы нұсқаның күні</translation>
    </message>
    <message>
        <source>Other version from</source>
        <translation>Басқа нұсқаның күні</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Осы нұсқа</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>Басқа нұсқа</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ұқсайды</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ұқсастық</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Неліктен</translation>
    </message>
    <message>
        <source>stamped too far ahead of this computer&apos;s clock</source>
        <translation>уақыт белгісі осы компьютердің сағатынан тым алда</translation>
    </message>
    <message>
        <source>signed by a device this computer does not know</source>
        <translation>осы компьютер білмейтін құрылғы қол қойған</translation>
    </message>
    <message>
        <source>refers to a record held back</source>
        <translation>кейінге қалдырылған жазбаға сілтейді</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Жасаған құрылғы</translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation>Уақыт белгісі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>R&amp;e-date these changes…</source>
        <translation>Осы өзгерістердің күнін &amp;қайта қою…</translation>
    </message>
    <message>
        <source>Export &amp;changes…</source>
        <translation>Өзгерістерді &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Write the changes made since the last export to a sync file for head office</source>
        <translation>Соңғы экспорттан бергі өзгерістерді бас кеңсеге арналған синхрондау файлына жазу</translation>
    </message>
    <message>
        <source>Export e&amp;verything…</source>
        <translation>&amp;Барлығын экспорттау…</translation>
    </message>
    <message>
        <source>Write every record of this database to a sync file</source>
        <translation>Осы дерекқордың барлық жазбаларын синхрондау файлына жазу</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Файлдарды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import one or more sync files (you can also drop them on the window)</source>
        <translation>Бір немесе бірнеше синхрондау файлын импорттау (оларды терезеге сүйреп әкелуге де болады)</translation>
    </message>
    <message>
        <source>S&amp;ync with central file</source>
        <translation>&amp;Орталық файлмен синхрондау</translation>
    </message>
    <message>
        <source>Import what is new in the shared file, then write this database&apos;s changes back into it</source>
        <translation>Ортақ файлдағы жаңаларын импорттап, содан кейін осы дерекқордың өзгерістерін оған жазу</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Choose the central sync file (on a shared folder or a USB stick)</source>
        <translation>Орталық синхрондау файлын таңдау (ортақ қалтада немесе USB жинақтағышта)</translation>
    </message>
    <message>
        <source>Import &amp;log</source>
        <translation>Импорт &amp;журналы</translation>
    </message>
    <message>
        <source>Records received but not applied: stamped too far ahead of this computer&apos;s clock, signed by a device this computer does not know yet, or referring to such a record. Each later import applies those it can. Discard the ones that never will; the computer that sent them still has them.</source>
        <translation>Алынған, бірақ қолданылмаған жазбалар: уақыт белгісі осы компьютердің сағатынан тым алда, осы компьютер әлі білмейтін құрылғы қол қойған немесе осындай жазбаға сілтейді. Әрбір келесі импорт қолдануға болатындарын қолданады. Ешқашан қолданылмайтындарын жойыңыз; оларды жіберген компьютерде олар сақталып қалады.</translation>
    </message>
    <message>
        <source>Disc&amp;ard…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (осы компьютер)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer have not been exported yet.</source>
        <translation>
            <numerusform>Осы компьютерде жасалған %n өзгеріс әлі экспортталмаған.</numerusform>
            <numerusform>Осы компьютерде жасалған %n өзгеріс әлі экспортталмаған.</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest was made on %1 (%2 ago).</source>
        <translation>Ең ескісі %1 жасалған (%2 бұрын).</translation>
    </message>
    <message>
        <source>Every change made on this computer has been exported.</source>
        <translation>Осы компьютерде жасалған барлық өзгерістер экспортталды.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received are held back, kept aside until they can be applied.</source>
        <translation>
            <numerusform>Алынған %n жазба кейінге қалдырылды, оны қолдануға болғанша сақталады.</numerusform>
            <numerusform>Алынған %n жазба кейінге қалдырылды, оларды қолдануға болғанша сақталады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…және тағы %n</numerusform>
            <numerusform>…және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No files have been exported or imported yet.</source>
        <translation>Әлі ешбір файл экспортталған немесе импортталған жоқ.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock reads %1, but changes from other computers stored here are dated up to %2: its clock is behind. Set its date and time.</source>
        <translation>Осы компьютердің сағаты %1 көрсетеді, бірақ мұнда сақталған басқа компьютерлердің өзгерістерінің күні %2 дейін қойылған: оның сағаты артта қалып тұр. Күні мен уақытын орнатыңыз.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock reads %1, before the programme began: set the date and time, or the changes made on it lose against older ones.</source>
        <translation>Осы компьютердің сағаты %1 көрсетеді, бұл бағдарлама басталғанға дейінгі күн: күн мен уақытты орнатыңыз, әйтпесе онда жасалған өзгерістер ескілеріне жеңіледі.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer are dated up to %1, later than its clock reads now (%2); other computers hold them back until then. If the clock is right now, it was far ahead when they were made: date them again. If it is not, set this computer&apos;s date and time.</source>
        <translation>
            <numerusform>Осы компьютерде жасалған %n өзгерістің күні %1 дейін қойылған, бұл оның сағаты қазір көрсететін уақыттан (%2) кейін; басқа компьютерлер оларды сол күнге дейін кейінге қалдырады. Сағат қазір дұрыс болса, өзгерістер жасалған кезде ол тым алға кеткен: олардың күнін қайта қойыңыз. Дұрыс болмаса, осы компьютердің күні мен уақытын орнатыңыз.</numerusform>
            <numerusform>Осы компьютерде жасалған %n өзгерістің күні %1 дейін қойылған, бұл оның сағаты қазір көрсететін уақыттан (%2) кейін; басқа компьютерлер оларды сол күнге дейін кейінге қалдырады. Сағат қазір дұрыс болса, өзгерістер жасалған кезде ол тым алға кеткен: олардың күнін қайта қойыңыз. Дұрыс болмаса, осы компьютердің күні мен уақытын орнатыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock reads %1. Is that the right date and time?

If it is, %n change(s) dated up to %2 are dated again now and go out with the next export or sync. If it is not, answer No and set the clock first.</source>
        <translation>
            <numerusform>Осы компьютердің сағаты %1 көрсетеді. Бұл күн мен уақыт дұрыс па?

Дұрыс болса, күні %2 дейін қойылған %n өзгерістің күні қазір қайта қойылады, олар келесі экспортпен немесе синхрондаумен жіберіледі. Дұрыс болмаса, «Жоқ» деп жауап беріп, алдымен сағатты орнатыңыз.</numerusform>
            <numerusform>Осы компьютердің сағаты %1 көрсетеді. Бұл күн мен уақыт дұрыс па?

Дұрыс болса, күні %2 дейін қойылған %n өзгерістің күні қазір қайта қойылады, олар келесі экспортпен немесе синхрондаумен жіберіледі. Дұрыс болмаса, «Жоқ» деп жауап беріп, алдымен сағатты орнатыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-date changes</source>
        <translation>Өзгерістердің күнін қайта қою</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) dated again with this computer&apos;s clock; the next export or sync sends them.</source>
        <translation>
            <numerusform>%n өзгерістің күні осы компьютердің сағаты бойынша қайта қойылды; келесі экспорт немесе синхрондау оларды жібереді.</numerusform>
            <numerusform>%n өзгерістің күні осы компьютердің сағаты бойынша қайта қойылды; келесі экспорт немесе синхрондау оларды жібереді.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Бас кеңсе</translation>
    </message>
    <message>
        <source>%1 — last export: %2</source>
        <translation>%1 — соңғы экспорт: %2</translation>
    </message>
    <message>
        <source>Central file %1 — last sync: %2</source>
        <translation>Орталық файл %1 — соңғы синхрондау: %2</translation>
    </message>
    <message>
        <source>%1 — last file imported: %2</source>
        <translation>%1 — соңғы импортталған файл: %2</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>Қ&amp;айшылықтар</translation>
    </message>
    <message>
        <source>&amp;Held back</source>
        <translation>&amp;Кейінге қалдырылғандар</translation>
    </message>
    <message>
        <source>(no central file chosen yet)</source>
        <translation>(орталық файл әлі таңдалмаған)</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation>&amp;Шешілген қайшылықтарды көрсету</translation>
    </message>
    <message>
        <source>&amp;Undo resolution</source>
        <translation>Шешімнен &amp;бас тарту</translation>
    </message>
    <message>
        <source>&amp;Keep the other version</source>
        <translation>Басқа &amp;нұсқаны қалдыру</translation>
    </message>
    <message>
        <source>Keep &amp;this version</source>
        <translation>&amp;Осы нұсқаны қалдыру</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Қайталанулар</translation>
    </message>
    <message>
        <source>Organizations without a BIN whose names look alike in the same region. Merge the ones that are really the same organization.</source>
        <translation>Бір өңірдегі атаулары ұқсас, БСН-і жоқ ұйымдар. Шынында бір ұйым болып табылатындарын біріктіріңіз.</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>Бі&amp;ріктіру…</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <source>%1 — the resolution was undone: the values it replaced are back and the conflict is open again.</source>
        <translation>%1 — шешімнен бас тартылды: ол алмастырған мәндер қайтарылды, қайшылық қайта ашық.</translation>
    </message>
    <message>
        <source>No open conflicts: no version of any record was overwritten by a concurrent edit.</source>
        <translation>Ашық қайшылықтар жоқ: ешбір жазбаның нұсқасы қатар түзетумен қайта жазылмаған.</translation>
    </message>
    <message>
        <source>Select a conflict to compare the two versions.</source>
        <translation>Екі нұсқаны салыстыру үшін қайшылықты таңдаңыз.</translation>
    </message>
    <message>
        <source>%1: %2. This version was saved on %3 by %4, the other one on %5 by %6. Highlighted fields differ.</source>
        <translation>%1: %2. Бұл нұсқа %3 сақталған (%4), екіншісі — %5 (%6). Ерекшеленген өрістер әртүрлі.</translation>
    </message>
    <message>
        <source>Resolved: the other version was kept.</source>
        <translation>Шешілді: басқа нұсқа қалдырылды.</translation>
    </message>
    <message>
        <source>Resolved: this version was kept.</source>
        <translation>Шешілді: осы нұсқа қалдырылды.</translation>
    </message>
    <message>
        <source>%1 — the other version is now the current one.</source>
        <translation>%1 — енді екінші нұсқа қолданылады.</translation>
    </message>
    <message>
        <source>%1 — this version was kept.</source>
        <translation>%1 — осы нұсқа сақталды.</translation>
    </message>
    <message>
        <source>Discard held records</source>
        <translation>Кейінге қалдырылған жазбаларды жою</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n held record(s)? This computer will not apply them, even once it could. The computer that sent them still has them and may send them again.</source>
        <translation>
            <numerusform>Кейінге қалдырылған %n жазбаны жою керек пе? Осы компьютер оларды қолдана алатын кезде де қолданбайды. Оларды жіберген компьютерде олар сақталады, ол оларды қайта жіберуі мүмкін.</numerusform>
            <numerusform>Кейінге қалдырылған %n жазбаны жою керек пе? Осы компьютер оларды қолдана алатын кезде де қолданбайды. Оларды жіберген компьютерде олар сақталады, ол оларды қайта жіберуі мүмкін.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held record(s) discarded.</source>
        <translation>
            <numerusform>Кейінге қалдырылған %n жазба жойылды.</numerusform>
            <numerusform>Кейінге қалдырылған %n жазба жойылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge organizations</source>
        <translation>Ұйымдарды біріктіру</translation>
    </message>
    <message>
        <source>«%1» and «%2» look like the same organization. Which one stays? The other one is merged into it: its consultations, contacts and memberships move over, and the merge reaches the other computers with the next sync. This cannot be undone.</source>
        <translation>«%1» мен «%2» бір ұйымға ұқсайды. Қайсысы қалады? Екіншісі оған біріктіріледі: оның кеңестері, байланыстары және бастамаларға қатысуы көшіріледі, ал біріктіру келесі синхрондау кезінде басқа компьютерлерге жетеді. Мұны болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Keep «%1»</source>
        <translation>«%1» қалдыру</translation>
    </message>
    <message>
        <source>«%1» was merged into «%2».</source>
        <translation>«%1» «%2» ұйымына біріктірілді.</translation>
    </message>
</context>
<context>
    <name>TripEditor</name>
    <message>
        <source>New trip</source>
        <translation>Жаңа іссапар</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Іссапар</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Кезең</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Басталуы</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>Аяқ&amp;талуы</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation>&amp;Өңірлер</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>&amp;Құрамы</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Мақсаты</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Кеңестер</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <source>This computer: %1. Read the fingerprint above aloud when head office enrols it, group by group.</source>
        <translation>Осы компьютер: %1. Бас кеңсе оны тіркегенде, жоғарыдағы ізді топ-топ бойынша дауыстап оқыңыз.</translation>
    </message>
    <message>
        <source>Not in a programme yet: sync files are written unsigned and unencrypted. A consultant joins with the programme file from head office; head office creates the programme once.</source>
        <translation>Әзірге бағдарламада емес: синхрондау файлдары қолтаңбасыз және шифрсыз жазылады. Кеңесші бас кеңседен алған бағдарлама файлымен қосылады; бас кеңсе бағдарламаны бір рет құрады.</translation>
    </message>
    <message>
        <source>Programme «%1»: this computer is head office.</source>
        <translation>«%1» бағдарламасы: осы компьютер — бас кеңсе.</translation>
    </message>
    <message>
        <source>Programme «%1»: head office has revoked this computer; its files are refused.</source>
        <translation>«%1» бағдарламасы: бас кеңсе осы компьютерді кері қайтарды; оның файлдары қабылданбайды.</translation>
    </message>
    <message>
        <source>Programme «%1»: not enrolled yet. Save the device card and give it to head office (or send a first sync file), then compare the fingerprint by phone.</source>
        <translation>«%1» бағдарламасы: компьютер әлі тіркелмеген. Құрылғы картасын сақтап, оны бас кеңсеге беріңіз (немесе бірінші синхрондау файлын жіберіңіз), содан кейін ізді телефон арқылы салыстырыңыз.</translation>
    </message>
    <message>
        <source>Programme «%1», role: %2. Head office&apos;s fingerprint: %3.</source>
        <translation>«%1» бағдарламасы, рөлі: %2. Бас кеңсенің іздері: %3.</translation>
    </message>
    <message>
        <source>Load a newer programme &amp;file…</source>
        <translation>Бағдарламаның жаңарақ &amp;файлын жүктеу…</translation>
    </message>
    <message>
        <source>Join a programme</source>
        <translation>Бағдарламаға қосылу</translation>
    </message>
    <message>
        <source>ClusterDesk programme files (*.cdprogramme *.json);;All files (*)</source>
        <translation>ClusterDesk бағдарлама файлдары (*.cdprogramme *.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Joined the programme «%1». Save the device card and give it to head office.</source>
        <translation>Компьютер «%1» бағдарламасына қосылды. Құрылғы картасын сақтап, оны бас кеңсеге беріңіз.</translation>
    </message>
    <message>
        <source>Save device card</source>
        <translation>Құрылғы картасын сақтау</translation>
    </message>
    <message>
        <source>ClusterDesk device cards (*.cdcard)</source>
        <translation>ClusterDesk құрылғы карталары (*.cdcard)</translation>
    </message>
    <message>
        <source>Device card written to %1. Give it to head office and read your fingerprint %2 to them by phone.</source>
        <translation>Құрылғы картасы %1 файлына жазылды. Оны бас кеңсеге беріп, өз ізіңізді %2 телефонмен оқып беріңіз.</translation>
    </message>
    <message>
        <source>Programme «%1» created; this computer is its head office. Export the programme file for the consultants.</source>
        <translation>«%1» бағдарламасы құрылды; осы компьютер — оның бас кеңсесі. Кеңесшілер үшін бағдарлама файлын экспорттаңыз.</translation>
    </message>
    <message>
        <source>Export programme file</source>
        <translation>Бағдарлама файлын экспорттау</translation>
    </message>
    <message>
        <source>ClusterDesk programme files (*.cdprogramme)</source>
        <translation>ClusterDesk бағдарлама файлдары (*.cdprogramme)</translation>
    </message>
    <message numerus="yes">
        <source>Programme file written to %1 (%n person(s) in it). A consultant joins with it after comparing head office&apos;s fingerprint by phone.</source>
        <translation>
            <numerusform>Бағдарлама файлы %1 файлына жазылды (ішінде %n адам). Кеңесші бас кеңсенің ізін телефон арқылы салыстырып, онымен қосылады.</numerusform>
            <numerusform>Бағдарлама файлы %1 файлына жазылды (ішінде %n адам). Кеңесші бас кеңсенің ізін телефон арқылы салыстырып, онымен қосылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol from device card</source>
        <translation>Құрылғы картасы бойынша тіркеу</translation>
    </message>
    <message>
        <source>Device cards or sync files (*.cdcard *.card *.json *.cdsync);;All files (*)</source>
        <translation>Құрылғы карталары немесе синхрондау файлдары (*.cdcard *.card *.json *.cdsync);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>«%1» enrolled as %2. The new device list travels in every file head office sends.</source>
        <translation>«%1» тіркелді, рөлі: %2. Құрылғылардың жаңа тізімі бас кеңсе жіберетін әр файлмен бірге барады.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Құрылғыны кері қайтару</translation>
    </message>
    <message>
        <source>Revoke «%1»? Its files are refused from now on — here at once, on the other computers with the next file head office sends.</source>
        <translation>«%1» кері қайтарылсын ба? Оның файлдары енді қабылданбайды — мұнда бірден, басқа компьютерлерде бас кеңсенің келесі файлымен.</translation>
    </message>
    <message>
        <source>«%1» is revoked.</source>
        <translation>«%1» кері қайтарылды.</translation>
    </message>
    <message>
        <source>Rotate head office key</source>
        <translation>Бас кеңсе кілтін ауыстыру</translation>
    </message>
    <message>
        <source>Make a new key for head office? The old key vouches for the new one in the next device list, so the consultants&apos; computers accept it; tell them the new fingerprint.</source>
        <translation>Бас кеңсе үшін жаңа кілт жасау керек пе? Ескі кілт келесі құрылғылар тізімінде жаңасын растайды, сондықтан кеңесшілердің компьютерлері оны қабылдайды; оларға жаңа ізді айтыңыз.</translation>
    </message>
    <message>
        <source>Head office&apos;s new fingerprint: %1.</source>
        <translation>Бас кеңсенің жаңа іздері: %1.</translation>
    </message>
    <message>
        <source>Unencrypted files are refused from now on.</source>
        <translation>Енді шифрланбаған файлдар қабылданбайды.</translation>
    </message>
    <message>
        <source>Unencrypted files are accepted again.</source>
        <translation>Шифрланбаған файлдар қайта қабылданады.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <source>Device key fingerprint:</source>
        <translation>Құрылғы кілтінің іздері:</translation>
    </message>
    <message>
        <source>&amp;Join programme…</source>
        <translation>Бағдарламаға &amp;қосылу…</translation>
    </message>
    <message>
        <source>Save device &amp;card…</source>
        <translation>Құрылғы &amp;картасын сақтау…</translation>
    </message>
    <message>
        <source>C&amp;reate programme…</source>
        <translation>Бағдарлама &amp;құру…</translation>
    </message>
    <message>
        <source>Programme and devices</source>
        <translation>Бағдарлама және құрылғылар</translation>
    </message>
    <message>
        <source>E&amp;xport programme file…</source>
        <translation>Бағдарлама файлын &amp;экспорттау…</translation>
    </message>
    <message>
        <source>R&amp;otate head office key…</source>
        <translation>Бас кеңсе &amp;кілтін ауыстыру…</translation>
    </message>
    <message>
        <source>Require &amp;encrypted files</source>
        <translation>Тек &amp;шифрланған файлдарды қабылдау</translation>
    </message>
    <message>
        <source>&amp;Enrol from device card…</source>
        <translation>Карта бойынша &amp;тіркеу…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Кері &amp;қайтару…</translation>
    </message>
</context>
<context>
    <name>_Confirm</name>
    <message>
        <source>Fingerprint:</source>
        <translation>Іздері:</translation>
    </message>
</context>
</TS>
