<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Bundled libraries and fonts, with their licences:</source>
        <translation>Библиотеки и шрифты в составе программы и их лицензии:</translation>
    </message>
    <message>
        <source>The fonts may be bundled and redistributed freely; the full licence text is in %1.</source>
        <translation>Шрифты можно свободно включать в программы и распространять; полный текст лицензии — в %1.</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>головной офис</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>консультант</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>аналитик</translation>
    </message>
    <message>
        <source>This computer (%1): device key fingerprint %2.</source>
        <translation>Этот компьютер (%1): отпечаток ключа устройства %2.</translation>
    </message>
    <message>
        <source>Not in a programme: sync files are written unsigned and unencrypted.</source>
        <translation>Не входит в программу: файлы синхронизации пишутся без подписи и шифрования.</translation>
    </message>
    <message>
        <source>not enrolled yet</source>
        <translation>ещё не зарегистрирован</translation>
    </message>
    <message>
        <source>Programme «%1», role: %2.</source>
        <translation>Программа «%1», роль: %2.</translation>
    </message>
    <message>
        <source>About ClusterDesk</source>
        <translation>О программе ClusterDesk</translation>
    </message>
    <message>
        <source>ClusterDesk</source>
        <translation>ClusterDesk</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Файл журнала</translation>
    </message>
</context>
<context>
    <name>ApplicationActions</name>
    <message>
        <source>Choose the file: %1</source>
        <translation>Выберите файл: %1</translation>
    </message>
    <message>
        <source>Submit the application for registration?</source>
        <translation>Подать заявку на регистрацию?</translation>
    </message>
    <message numerus="yes">
        <source>The check finds %n problem(s); head office will reject the application at registration unless they are fixed. Submit anyway?</source>
        <translation>
            <numerusform>Проверка выявила %n несоответствие; без исправления головной офис отклонит заявку при регистрации. Всё равно подать?</numerusform>
            <numerusform>Проверка выявила %n несоответствия; без исправления головной офис отклонит заявку при регистрации. Всё равно подать?</numerusform>
            <numerusform>Проверка выявила %n несоответствий; без исправления головной офис отклонит заявку при регистрации. Всё равно подать?</numerusform>
        </translation>
    </message>
    <message>
        <source>The application does not meet the formal requirements and was rejected at registration:</source>
        <translation>Заявка не отвечает формальным требованиям и отклонена при регистрации:</translation>
    </message>
    <message>
        <source>Save the application as PDF</source>
        <translation>Сохранить заявку в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>Не удалось записать PDF в %1: %2</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>This application was changed elsewhere (by an import or in another window). Reload it? Your unsaved changes here would be lost.</source>
        <translation>Эта заявка изменена в другом месте (при импорте или в другом окне). Загрузить её заново? Несохранённые изменения здесь будут потеряны.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>%1 (not in the list)</source>
        <translation>%1 (нет в списке)</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Заявка: %1</translation>
    </message>
    <message>
        <source>Round %1 · deadline %2 · status: %3 · template %4 %5</source>
        <translation>Отбор %1 · срок %2 · статус: %3 · шаблон %4, %5 г.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message numerus="yes">
        <source>Total (average of %n evaluator(s)): %1 of %2</source>
        <translation>
            <numerusform>Итого (среднее по %n эксперту): %1 из %2</numerusform>
            <numerusform>Итого (среднее по %n экспертам): %1 из %2</numerusform>
            <numerusform>Итого (среднее по %n экспертам): %1 из %2</numerusform>
        </translation>
    </message>
    <message>
        <source>place %1 in the round</source>
        <translation>место в отборе: %1</translation>
    </message>
    <message>
        <source>No points recorded yet.</source>
        <translation>Баллы ещё не внесены.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) would stop this application at registration. Click a problem to go to what needs fixing.</source>
        <translation>
            <numerusform>%n несоответствие не позволит зарегистрировать заявку. Щёлкните по несоответствию, чтобы перейти к тому, что нужно исправить.</numerusform>
            <numerusform>%n несоответствия не позволят зарегистрировать заявку. Щёлкните по несоответствию, чтобы перейти к тому, что нужно исправить.</numerusform>
            <numerusform>%n несоответствий не позволят зарегистрировать заявку. Щёлкните по несоответствию, чтобы перейти к тому, что нужно исправить.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the application meets the formal requirements.</source>
        <translation>Несоответствий нет: заявка отвечает формальным требованиям.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the changes to this application?</source>
        <translation>Сохранить изменения в заявке?</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Разделы</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Добавить участника</translation>
    </message>
    <message>
        <source>Re&amp;move participant</source>
        <translation>Уда&amp;лить участника</translation>
    </message>
    <message>
        <source>Re&amp;fresh from the initiative&apos;s members</source>
        <translation>Обновить из &amp;состава инициативы</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>&amp;Приложения</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Оценка</translation>
    </message>
    <message>
        <source>Record &amp;points…</source>
        <translation>Внести &amp;баллы…</translation>
    </message>
    <message>
        <source>Mark e&amp;valuated</source>
        <translation>Отметить как о&amp;ценённую</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Compliance check</source>
        <translation>Проверка соответствия</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Про&amp;верить</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>Пода&amp;ть…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>От&amp;клонить…</translation>
    </message>
    <message>
        <source>Return to &amp;draft</source>
        <translation>Вернуть в &amp;черновик</translation>
    </message>
    <message>
        <source>PDF &amp;language</source>
        <translation>&amp;Язык PDF</translation>
    </message>
    <message>
        <source>Print P&amp;DF…</source>
        <translation>&amp;Напечатать PDF…</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Поля, отмеченные *, обязательны для заполнения.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>a number, e.g. 1250.5</source>
        <translation>число, например 1250.5</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Tick what is enclosed and give its file. Attachments marked * are required.</source>
        <translation>Отметьте прилагаемые документы и укажите их файлы. Приложения, отмеченные *, обязательны.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
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
        <translation>Наименование</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Работники</translation>
    </message>
    <message>
        <source>Revenue, mln KZT</source>
        <translation>Доход, млн тг</translation>
    </message>
    <message>
        <source>Exports, %</source>
        <translation>Экспорт, %</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Соглашение</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Заявки</translation>
    </message>
    <message>
        <source>Round &amp;ranking</source>
        <translation>&amp;Рейтинг отбора</translation>
    </message>
    <message>
        <source>Sel&amp;ection rounds</source>
        <translation>Этапы &amp;отбора</translation>
    </message>
    <message>
        <source>&amp;New from an initiative…</source>
        <translation>&amp;Новая по инициативе…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Зарегис&amp;трировать</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>От&amp;клонить…</translation>
    </message>
    <message>
        <source>Record &amp;points…</source>
        <translation>Внести &amp;баллы…</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>The application does not meet the formal requirements and was rejected at registration:</source>
        <translation>Заявка не отвечает формальным требованиям и отклонена при регистрации:</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Once a day the database is copied into the backups folder next to it; copies of older days are removed. Days the computer was not used do not count.</source>
        <translation>Раз в день база данных копируется в папку резервных копий рядом с ней; копии более старых дней удаляются. Дни, когда компьютер не использовался, не считаются.</translation>
    </message>
    <message>
        <source>Daily &amp;backups kept</source>
        <translation>Хранить ежедневных &amp;копий</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message numerus="yes">
        <source>%n complete diagnostic(s) will be printed.</source>
        <translation>
            <numerusform>Будет напечатана %n завершённая диагностика.</numerusform>
            <numerusform>Будут напечатаны %n завершённые диагностики.</numerusform>
            <numerusform>Будут напечатаны %n завершённых диагностик.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Работники</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Интерес</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Вступил</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Вышел</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Консультанты</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Revenue, mln KZT</source>
        <translation>Выручка, млн тенге</translation>
    </message>
    <message>
        <source>Export share</source>
        <translation>Доля экспорта</translation>
    </message>
    <message>
        <source>Region as recorded</source>
        <translation>Регион по документу</translation>
    </message>
    <message>
        <source>Settlement (KATO)</source>
        <translation>Населённый пункт (КАТО)</translation>
    </message>
    <message>
        <source>OKED</source>
        <translation>ОКЭД</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Name language</source>
        <translation>Язык названия</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Идентификатор записи</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Следующие шаги</translation>
    </message>
    <message>
        <source>Next step owner</source>
        <translation>Ответственный за шаг</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Срок шага</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Next step done</source>
        <translation>Следующий шаг выполнен</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Версия шаблона</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Версия</translation>
    </message>
</context>
<context>
    <name>ConsultationEditor</name>
    <message>
        <source>— no trip —</source>
        <translation>— без выезда —</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Новая…</translation>
    </message>
    <message>
        <source>Create the organization now if it is not in the database yet (Ctrl+Shift+O)</source>
        <translation>Создать организацию сейчас, если её ещё нет в базе (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Новая консультация</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>Консультация: %1</translation>
    </message>
    <message>
        <source>%1 · %2 (deleted)</source>
        <translation>%1 · %2 (удалён)</translation>
    </message>
    <message>
        <source>a trip not in this database (%1)</source>
        <translation>выезд, которого нет в этой базе (%1)</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
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
        <translation>&amp;Выезд</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>Start typing a name or BIN…</source>
        <translation>Начните вводить наименование или БИН…</translation>
    </message>
    <message>
        <source>&amp;Consultants</source>
        <translation>&amp;Консультанты</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>&amp;Interest in joining a cluster</source>
        <translation>&amp;Интерес к участию в кластере</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>&amp;Темы</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>e.g. confirmed readiness to participate</source>
        <translation>например, подтвердили готовность к участию</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation>&amp;Следующие шаги</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Отв&amp;етственный</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>Срок испо&amp;лнения</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задать</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Все отрасли</translation>
    </message>
    <message>
        <source>All trips</source>
        <translation>Все выезды</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Все консультанты</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Подсчёт показателей…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or PDF…</source>
        <translation>Сохранить эту диаграмму в PNG или PDF…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Save the dashboard</source>
        <translation>Сохранить сводку</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>regions as recorded</source>
        <translation>регионы по документам</translation>
    </message>
    <message>
        <source>Count organizations in the region their documents named at the time, not today&apos;s region</source>
        <translation>Считать организации по региону, указанному в документах того времени, а не по нынешнему</translation>
    </message>
    <message>
        <source>Save as PNG or PDF…</source>
        <translation>Сохранить в PNG или PDF…</translation>
    </message>
    <message>
        <source>Click a bar to open its list with the same filter. Each sector keeps its colour in every chart; application statuses: green selected, red rejected, grey draft.</source>
        <translation>Щёлкните по столбцу, чтобы открыть его список с тем же отбором. У каждой отрасли свой цвет во всех диаграммах; статусы заявок: зелёный — отобрана, красный — отклонена, серый — черновик.</translation>
    </message>
    <message>
        <source>organizations consulted</source>
        <translation>организаций получили консультации</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>консультаций</translation>
    </message>
    <message>
        <source>trips</source>
        <translation>выездов</translation>
    </message>
    <message>
        <source>groups of enterprises (initiatives)</source>
        <translation>групп предприятий (инициатив)</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>заявок</translation>
    </message>
    <message>
        <source>clusters selected / their participants</source>
        <translation>кластеров отобрано / участников в них</translation>
    </message>
    <message>
        <source>Organizations consulted by region</source>
        <translation>Проконсультированные организации по регионам</translation>
    </message>
    <message>
        <source>Consultations per month</source>
        <translation>Консультации по месяцам</translation>
    </message>
    <message>
        <source>Groups of enterprises by sector</source>
        <translation>Группы предприятий по отраслям</translation>
    </message>
    <message>
        <source>Applications by status</source>
        <translation>Заявки по статусам</translation>
    </message>
    <message>
        <source>Participants of the selected clusters</source>
        <translation>Участники отобранных кластеров</translation>
    </message>
    <message>
        <source>Data as of %1 (the latest change it holds).</source>
        <translation>Данные на %1 (последнее изменение в них).</translation>
    </message>
    <message>
        <source>Includes the sync files of: %1.</source>
        <translation>Включены файлы синхронизации: %1.</translation>
    </message>
    <message>
        <source>No sync file from another device has been imported.</source>
        <translation>Файлы синхронизации с других устройств не загружались.</translation>
    </message>
</context>
<context>
    <name>DeviceRole</name>
    <message>
        <source>head office</source>
        <translation>головной офис</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>консультант</translation>
    </message>
    <message>
        <source>analyst (reads only)</source>
        <translation>аналитик (только чтение)</translation>
    </message>
    <message>
        <source>This computer is enrolled as an analyst&apos;s (or revoked): it reads everything and changes nothing.</source>
        <translation>Этот компьютер зарегистрирован как компьютер аналитика (или отозван): он всё читает и ничего не изменяет.</translation>
    </message>
    <message>
        <source>Your database role «%1» may only read this database: everything can be looked at, nothing can be changed.</source>
        <translation>Ваша роль в базе данных «%1» позволяет только читать эту базу: всё можно просматривать, ничего нельзя изменить.</translation>
    </message>
    <message>
        <source>not enrolled yet</source>
        <translation>ещё не зарегистрирован</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (этот компьютер)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>enrolled %1</source>
        <translation>зарегистрирован %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticBatchDialog</name>
    <message>
        <source>Batch diagnostic reports</source>
        <translation>Пакет отчётов по диагностике</translation>
    </message>
    <message>
        <source>Which initiatives</source>
        <translation>Какие инициативы</translation>
    </message>
    <message>
        <source>In the regions of a &amp;trip:</source>
        <translation>В регионах &amp;выезда:</translation>
    </message>
    <message>
        <source>In a &amp;region:</source>
        <translation>В &amp;регионе:</translation>
    </message>
    <message>
        <source>&amp;All initiatives</source>
        <translation>Все &amp;инициативы</translation>
    </message>
    <message>
        <source>&amp;Every complete diagnostic, not only the latest of each initiative</source>
        <translation>Каждую &amp;завершённую диагностику, а не только последнюю по инициативе</translation>
    </message>
    <message>
        <source>&amp;Language of the reports:</source>
        <translation>&amp;Язык отчётов:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>One PDF file per initiative, in a &amp;folder</source>
        <translation>Отдельный PDF по каждой инициативе, в &amp;папку</translation>
    </message>
    <message>
        <source>All reports in &amp;one PDF file</source>
        <translation>Все отчёты в &amp;одном файле PDF</translation>
    </message>
</context>
<context>
    <name>DiagnosticWizard</name>
    <message>
        <source>Click a dimension to go to its questions</source>
        <translation>Щёлкните по направлению, чтобы перейти к его вопросам</translation>
    </message>
    <message>
        <source>%1 (not on the list)</source>
        <translation>%1 (нет в списке)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Save the answers so far (Ctrl+S); the diagnostic stays a draft</source>
        <translation>Сохранить внесённые ответы (Ctrl+S); диагностика останется черновиком</translation>
    </message>
    <message>
        <source>Close the wizard; what was entered is kept as a draft</source>
        <translation>Закрыть мастер; введённое сохранится как черновик</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>Scores (0–100)</source>
        <translation>Оценки (0–100)</translation>
    </message>
    <message>
        <source>Form: %1, version %2</source>
        <translation>Форма: %1, версия %2</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Отвечено: %1 из %2</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>не определён</translation>
    </message>
    <message>
        <source>Readiness index and level: shown once %1% of the questions are answered (%2 of %3 so far; %4 more to answer)</source>
        <translation>Индекс готовности и уровень: будут показаны, когда отвечено %1% вопросов (пока %2 из %3; осталось ответить ещё на %4)</translation>
    </message>
    <message>
        <source>Readiness index: %1</source>
        <translation>Индекс готовности: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Уровень: %1</translation>
    </message>
    <message>
        <source>Complete this diagnostic? Its scores are fixed and it opens read-only afterwards (it can be reopened for correction; that is recorded).</source>
        <translation>Завершить эту диагностику? Её баллы будут зафиксированы, и затем она откроется только для просмотра (её можно открыть для исправления; это записывается).</translation>
    </message>
    <message>
        <source>&amp;Reopen for correction</source>
        <translation>&amp;Открыть для исправления</translation>
    </message>
    <message>
        <source>Make the diagnostic a draft again to correct it; the change is kept in its History</source>
        <translation>Снова сделать диагностику черновиком, чтобы исправить; изменение сохраняется в её истории</translation>
    </message>
    <message>
        <source>Reopen this completed diagnostic for correction? It becomes a draft until it is completed again; the change is recorded in its History.</source>
        <translation>Открыть эту завершённую диагностику для исправления? Она станет черновиком, пока её снова не завершат; изменение записывается в её истории.</translation>
    </message>
    <message>
        <source>The diagnostic is complete and selected below.</source>
        <translation>Диагностика завершена и выделена ниже.</translation>
    </message>
    <message>
        <source>&amp;Print its report</source>
        <translation>&amp;Напечатать её отчёт</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Save diagnostic report (%1)</source>
        <translation>Сохранить отчёт по диагностике (%1)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Отчёт сохранён в %1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <source>Save all reports in one PDF</source>
        <translation>Сохранить все отчёты в один PDF</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Папка для отчётов</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1</source>
        <translation>
            <numerusform>%n отчёт записан в %1</numerusform>
            <numerusform>%n отчёта записаны в %1</numerusform>
            <numerusform>%n отчётов записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Writing diagnostic reports…</source>
        <translation>Запись отчётов по диагностике…</translation>
    </message>
    <message>
        <source>Search by initiative name…</source>
        <translation>Поиск по названию инициативы…</translation>
    </message>
    <message>
        <source>&amp;New diagnostic…</source>
        <translation>&amp;Новая диагностика…</translation>
    </message>
    <message>
        <source>Run a readiness diagnostic of an initiative</source>
        <translation>Провести диагностику готовности инициативы</translation>
    </message>
    <message>
        <source>&amp;Open / resume</source>
        <translation>&amp;Открыть / продолжить</translation>
    </message>
    <message>
        <source>Open the selected diagnostic in the wizard (Enter)</source>
        <translation>Открыть выбранную диагностику в мастере (Enter)</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)</source>
        <translation>Отчё&amp;т (PDF)</translation>
    </message>
    <message>
        <source>Save the selected diagnostic&apos;s report in the window&apos;s language and open it; the arrow chooses another language</source>
        <translation>Сохранить отчёт по выбранной диагностике на языке интерфейса и открыть его; стрелка позволяет выбрать другой язык</translation>
    </message>
    <message>
        <source>&amp;Batch reports…</source>
        <translation>&amp;Пакет отчётов…</translation>
    </message>
    <message>
        <source>Reports of all initiatives of a trip or a region, one file each or one PDF</source>
        <translation>Отчёты по всем инициативам выезда или региона: по файлу на каждую или один PDF</translation>
    </message>
</context>
<context>
    <name>DimensionPage</name>
    <message numerus="yes">
        <source>Dimension %1 of %2 · weight %3 · %n question(s)</source>
        <translation>
            <numerusform>Направление %1 из %2 · вес %3 · %n вопрос</numerusform>
            <numerusform>Направление %1 из %2 · вес %3 · %n вопроса</numerusform>
            <numerusform>Направление %1 из %2 · вес %3 · %n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Score of this dimension: %1 of 100 · %2 of %3 answered</source>
        <translation>Оценка направления: %1 из 100 · отвечено %2 из %3</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>This form was being filled in and was not saved (the program was closed or stopped). Restore what was typed?</source>
        <translation>Эта форма заполнялась и не была сохранена (программа была закрыта или остановлена). Восстановить введённое?</translation>
    </message>
    <message>
        <source>Discard what was typed in this form? It has not been saved.</source>
        <translation>Отбросить введённое в этой форме? Оно не сохранено.</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Changed meanwhile</source>
        <translation>Изменено тем временем</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by %1 (%2), while it was open here. The fields below were changed both there and here: choose for each which value to keep. Nothing has been saved yet.</source>
        <translation>Пока запись была открыта здесь, её изменил(а) %1 (%2). Поля ниже изменены и там, и здесь: выберите для каждого, какое значение оставить. Пока ничего не сохранено.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Theirs (saved meanwhile)</source>
        <translation>Их значение (сохранено тем временем)</translation>
    </message>
    <message>
        <source>Yours (in this form)</source>
        <translation>Ваше (в этой форме)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>Also changed there and kept as they saved it: %1.</source>
        <translation>Также изменено там и оставлено, как сохранили они: %1.</translation>
    </message>
    <message>
        <source>Save the merge</source>
        <translation>Сохранить объединённое</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation>Регистрация устройства</translation>
    </message>
    <message>
        <source>Ask the user of «%1» to read the fingerprint on their screen (Devices and keys) to you by phone, and compare it with the one below.</source>
        <translation>Попросите пользователя «%1» зачитать вам по телефону отпечаток с его экрана (Устройства и ключи) и сверьте его с приведённым ниже.</translation>
    </message>
    <message>
        <source>The device&apos;s user read out exactly this fingerprint</source>
        <translation>Пользователь устройства зачитал именно этот отпечаток</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>nobody (a new device)</source>
        <translation>никого (новое устройство)</translation>
    </message>
    <message>
        <source>&amp;Takes over the work of:</source>
        <translation>&amp;Продолжает работу устройства:</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>University or college</source>
        <translation>Вуз или колледж</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>НИИ</translation>
    </message>
    <message>
        <source>Business association</source>
        <translation>Ассоциация</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Госорган</translation>
    </message>
    <message>
        <source>Development institution</source>
        <translation>Ин-т развития</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>Фин. организация</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Микро</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Малый</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Крупный</translation>
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
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Головной офис</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Не выяснялся</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Выявлена</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation>Диагностирована</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Готовит заявку</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Подала заявку</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Отобрана</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Не отобрана</translation>
    </message>
    <message>
        <source>Anchor company</source>
        <translation>Якорная компания</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Наука</translation>
    </message>
    <message>
        <source>Support body</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирована</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Оценена</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>holds {value}, which is not a number</source>
        <translation>содержит {value}, а это не число</translation>
    </message>
    <message>
        <source>must have 12 digits, has {length}</source>
        <translation>должен содержать 12 цифр, а содержит {length}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit (shorten it)</source>
        <translation>содержит {length} знаков; помещается не более {limit} (сократите)</translation>
    </message>
    <message>
        <source>must contain digits only</source>
        <translation>должен содержать только цифры</translation>
    </message>
    <message>
        <source>is not a valid number (no check digit is possible for its first 11 digits)</source>
        <translation>недопустимый номер (для первых 11 цифр невозможно рассчитать контрольный разряд)</translation>
    </message>
    <message>
        <source>check digit is {digit}, expected {expected} (mistyped digit?)</source>
        <translation>контрольный разряд {digit}, ожидается {expected} (опечатка в цифре?)</translation>
    </message>
    <message>
        <source>{bin} is already used by «{name}» (id {uuid})</source>
        <translation>{bin} уже указан у организации «{name}» (идентификатор {uuid})</translation>
    </message>
    <message>
        <source>digits 3-4 are the month and must be 01-12, not {digits}</source>
        <translation>3-я и 4-я цифры — месяц, они должны быть от 01 до 12, а не {digits}</translation>
    </message>
    <message>
        <source>digit 5 must be 4, 5 or 6 for a BIN (0-3 for an IIN&apos;s day of birth), not {digit}</source>
        <translation>5-я цифра БИН должна быть 4, 5 или 6 (0–3 — день рождения в ИИН), а не {digit}</translation>
    </message>
    <message>
        <source>as a BIN, digit 6 must be 0-3 (head office, branch, office, farm), not {digit}</source>
        <translation>6-я цифра БИН должна быть от 0 до 3 (головная организация, филиал, представительство, крестьянское хозяйство), а не {digit}</translation>
    </message>
    <message>
        <source>as an IIN, digit 7 (century and sex) must be 1-6, not {digit}</source>
        <translation>7-я цифра ИИН (век и пол) должна быть от 1 до 6, а не {digit}</translation>
    </message>
    <message>
        <source>as an IIN, digits 1-6 are not a real birth date ({date})</source>
        <translation>первые 6 цифр ИИН не образуют настоящую дату рождения ({date})</translation>
    </message>
    <message>
        <source>as an IIN, the birth date {date} is in the future</source>
        <translation>дата рождения в ИИН ({date}) ещё не наступила</translation>
    </message>
    <message>
        <source>as a BIN, the registration month {month} is in the future</source>
        <translation>как БИН: месяц регистрации {month} ещё не наступил</translation>
    </message>
    <message>
        <source>an individual entrepreneur ({form}) carries the owner&apos;s IIN or a BIN with digit 5 = 6, but this is the BIN of a {kind}</source>
        <translation>у индивидуального предпринимателя ({form}) указывается ИИН владельца или БИН с 5-й цифрой 6, а этот БИН принадлежит юридическому лицу</translation>
    </message>
    <message>
        <source>a peasant farm ({form}) carries the head&apos;s IIN or a BIN with digit 6 = 3, but this is the BIN of a {kind}</source>
        <translation>у крестьянского хозяйства ({form}) указывается ИИН главы или БИН с 6-й цифрой 3, а этот БИН принадлежит головной организации, филиалу или представительству</translation>
    </message>
    <message>
        <source>a {form} is a legal entity and carries a BIN, but this is a person&apos;s IIN</source>
        <translation>{form} — юридическое лицо, у него должен быть БИН, а это ИИН физического лица</translation>
    </message>
    <message>
        <source>a {form} carries a legal-entity BIN, but this is the BIN of a {kind}</source>
        <translation>у {form} должен быть БИН юридического лица, а этот БИН принадлежит индивидуальному предпринимателю или крестьянскому хозяйству</translation>
    </message>
    <message>
        <source>is not an e-mail address (expected name@domain.kz)</source>
        <translation>не является адресом электронной почты (ожидается имя@домен.kz)</translation>
    </message>
    <message>
        <source>must be between 0 and 100 %</source>
        <translation>значение должно быть от 0 до 100 %</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>значение не может быть отрицательным</translation>
    </message>
    <message>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>окончание ({end}) раньше начала ({start})</translation>
    </message>
    <message>
        <source>choose an organization from the list</source>
        <translation>выберите организацию из списка</translation>
    </message>
    <message>
        <source>the trip no longer exists</source>
        <translation>этот выезд больше не существует</translation>
    </message>
    <message>
        <source>is before the consultation date</source>
        <translation>раньше даты консультации</translation>
    </message>
    <message>
        <source>choose at least one region</source>
        <translation>выберите хотя бы один регион</translation>
    </message>
    <message>
        <source>{value} is not a valid answer to this question</source>
        <translation>{value} — недопустимый ответ на этот вопрос</translation>
    </message>
    <message>
        <source>{value} is outside the range {low}–{high}</source>
        <translation>{value} вне допустимого диапазона {low}–{high}</translation>
    </message>
    <message>
        <source>is not a question of form {form} version {version}</source>
        <translation>не является вопросом анкеты {form} (версия {version})</translation>
    </message>
    <message>
        <source>evidence must be text</source>
        <translation>подтверждение должно быть текстом</translation>
    </message>
    <message>
        <source>{id} is not a section of the template</source>
        <translation>{id} — такого раздела нет в шаблоне</translation>
    </message>
    <message>
        <source>{id} is not a field of this section</source>
        <translation>{id} — такого поля нет в этом разделе</translation>
    </message>
    <message>
        <source>{id} is not an attachment of the template</source>
        <translation>{id} — такого приложения нет в шаблоне</translation>
    </message>
    <message>
        <source>{id} is not a criterion of the template</source>
        <translation>{id} — такого критерия нет в шаблоне</translation>
    </message>
    <message>
        <source>a rejection needs at least one reason</source>
        <translation>для отклонения нужна хотя бы одна причина</translation>
    </message>
    <message>
        <source>«{criterion}»: points must be between 0 and {max}, got {value}</source>
        <translation>«{criterion}»: баллы должны быть от 0 до {max}, указано {value}</translation>
    </message>
    <message>
        <source>has not scored: {criteria}</source>
        <translation>не выставил баллы: {criteria}</translation>
    </message>
    <message>
        <source>No {kind} with id {uuid} in this database.</source>
        <translation>В этой базе нет записи с идентификатором {uuid}.</translation>
    </message>
    <message>
        <source>This record was changed meanwhile by {who}, and {fields} were changed here too; nothing was saved. Choose which values to keep, then save again.</source>
        <translation>Эту запись тем временем изменил(а) {who}, а поля {fields} изменены и здесь; ничего не сохранено. Выберите, какие значения оставить, и сохраните снова.</translation>
    </message>
    <message>
        <source>This record was deleted meanwhile by {who}; nothing was saved.</source>
        <translation>Эту запись тем временем удалил(а) {who}; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The diagnostic cannot be completed: no question is answered.</source>
        <translation>Диагностику нельзя завершить: нет ни одного ответа.</translation>
    </message>
    <message>
        <source>Initiative {uuid} has no complete diagnostic yet.</source>
        <translation>У инициативы {uuid} пока нет завершённой диагностики.</translation>
    </message>
    <message>
        <source>{kato} is not the KATO code of one of today&apos;s regions (for example 390000000 for Kostanay region).</source>
        <translation>{kato} — не код КАТО одного из нынешних регионов (например, 390000000 — Костанайская область).</translation>
    </message>
    <message>
        <source>Choose either a region or a trip, not both.</source>
        <translation>Выберите либо регион, либо выезд, но не оба сразу.</translation>
    </message>
    <message>
        <source>another selection round is named {name}</source>
        <translation>уже есть этап отбора с названием {name}</translation>
    </message>
    <message>
        <source>Several selection rounds are named {ref}; use the round&apos;s id instead.</source>
        <translation>Несколько конкурсных отборов называются {ref}; укажите идентификатор отбора.</translation>
    </message>
    <message>
        <source>No selection round with id or name {ref} in this database.</source>
        <translation>В этой базе нет конкурсного отбора с идентификатором или названием {ref}.</translation>
    </message>
    <message>
        <source>«{initiative}» already has an application to round {round} (id {uuid}); open it instead.</source>
        <translation>У инициативы «{initiative}» уже есть заявка на отбор {round} (идентификатор {uuid}); откройте её.</translation>
    </message>
    <message>
        <source>The application is {status}; only drafts are edited (return it to draft first).</source>
        <translation>Статус заявки: «{status}»; редактировать можно только черновик (сначала верните заявку в черновики).</translation>
    </message>
    <message>
        <source>The application is {status}; it cannot become {to} (possible next: {allowed}).</source>
        <translation>Статус заявки: «{status}»; перевести её в статус «{to}» нельзя (возможные статусы: {allowed}).</translation>
    </message>
    <message>
        <source>The application is {status}; points are recorded for registered applications only.</source>
        <translation>Статус заявки: «{status}»; баллы выставляются только зарегистрированным заявкам.</translation>
    </message>
    <message>
        <source>The application has no points yet; record the evaluators&apos; points first.</source>
        <translation>У заявки ещё нет баллов; сначала внесите баллы экспертов.</translation>
    </message>
    <message>
        <source>{count} application(s) of round {round} are not evaluated yet; evaluate or reject them before selecting.</source>
        <translation>Заявок отбора {round}, ещё не оценённых: {count}; оцените или отклоните их до подведения итогов.</translation>
    </message>
    <message>
        <source>Applications {names} are tied on place {rank} with {total} points; decide which of them are selected before applying the selection.</source>
        <translation>Заявки {names} делят место {rank} с суммой баллов {total}; решите, какие из них отобраны, прежде чем утверждать итоги.</translation>
    </message>
    <message>
        <source>{name}: choose a .csv or .xlsx file name.</source>
        <translation>{name}: укажите имя файла с расширением .csv или .xlsx.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a CSV or XLSX list ({detail}); nothing was imported.</source>
        <translation>{file} не удаётся прочитать как список CSV или XLSX ({detail}); ничего не импортировано.</translation>
    </message>
    <message>
        <source>No column holds the organizations&apos; names (columns: {columns}); map one with --map name=Header. Nothing was imported.</source>
        <translation>Ни в одном столбце нет наименований организаций (столбцы: {columns}); укажите столбец через --map name=Заголовок. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{item} is not a mapping of one of the fields {fields} to a column of the file ({columns}); nothing was imported.</source>
        <translation>{item} — не сопоставление одного из полей {fields} со столбцом файла ({columns}); ничего не импортировано.</translation>
    </message>
    <message>
        <source>{value} is not a region (give its name or KATO code)</source>
        <translation>{value} — не регион (укажите его название или код КАТО)</translation>
    </message>
    <message>
        <source>{bin} is already on row {row} of the file</source>
        <translation>{bin} уже есть в строке {row} файла</translation>
    </message>
    <message>
        <source>possibly «{name}» (id {uuid}), already in the database: same name and region, no BIN to tell them apart</source>
        <translation>возможно, это «{name}» (id {uuid}), уже имеющаяся в базе: то же наименование и регион, БИН для различения нет</translation>
    </message>
    <message>
        <source>same name and region as row {row} of the file, no BIN to tell them apart</source>
        <translation>то же наименование и регион, что в строке {row} файла, БИН для различения нет</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read ({detail}).</source>
        <translation>Не удаётся прочитать файл данных {path} ({detail}).</translation>
    </message>
    <message>
        <source>The data file {path} is not valid TOML ({detail}); reinstall ClusterDesk.</source>
        <translation>Файл данных {path} повреждён: ошибка формата ({detail}); переустановите ClusterDesk.</translation>
    </message>
    <message>
        <source>{path}: {key} {detail}; the data file is damaged, reinstall ClusterDesk.</source>
        <translation>{path}: ошибка в ключе {key} ({detail}); файл данных повреждён, переустановите ClusterDesk.</translation>
    </message>
    <message>
        <source>The data file {path} holds {found}, so it must be named {expected}.</source>
        <translation>Файл данных {path} содержит {found}, поэтому должен называться {expected}.</translation>
    </message>
    <message>
        <source>Questionnaire {form} version {version} is not installed (looked in {folder}); update ClusterDesk to read this diagnostic.</source>
        <translation>Анкета {form} версии {version} не установлена (папка {folder}); обновите ClusterDesk, чтобы открыть эту диагностику.</translation>
    </message>
    <message>
        <source>The application template {template} version {version} is not installed; update ClusterDesk.</source>
        <translation>Шаблон заявки {template} версии {version} не установлен; обновите ClusterDesk.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>{path} is not a ClusterDesk database (it is not an SQLite file); it was left untouched.</source>
        <translation>{path} не является базой данных ClusterDesk (это не файл SQLite); файл не изменён.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened ({detail}); it was left untouched.</source>
        <translation>Файл {path} повреждён и не может быть открыт; файл не изменён.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not a ClusterDesk database; it was left untouched.</source>
        <translation>{path} — база данных SQLite другой программы, а не ClusterDesk; файл не изменён.</translation>
    </message>
    <message>
        <source>{path} was written by a newer ClusterDesk (database schema {found}; this version knows schema {known}). Update ClusterDesk to open it; the file was left untouched.</source>
        <translation>Файл {path} записан более новой версией ClusterDesk (схема базы {found}; эта версия знает схему {known}). Обновите ClusterDesk, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <source>{path} does not exist; create it with &apos;clusterdesk --db {path} init&apos;.</source>
        <translation>Файла {path} нет; создайте его командой «clusterdesk --db {path} init».</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database {path} ({detail}); nothing was changed.</source>
        <translation>Не удаётся подключиться к базе данных PostgreSQL {path} ({detail}); ничего не изменено.</translation>
    </message>
    <message>
        <source>Your database role «{role}» may only read this database, not change it: nothing was saved. To make changes, ask the database&apos;s administrator for an analyst&apos;s role.</source>
        <translation>Ваша роль в базе данных «{role}» позволяет только читать эту базу, но не изменять её: ничего не сохранено. Чтобы вносить изменения, попросите у администратора базы данных роль аналитика.</translation>
    </message>
    <message>
        <source>Your database role «{role}» may not make this change ({detail}): nothing was saved. Ask the database&apos;s administrator to grant it an analyst&apos;s rights.</source>
        <translation>Вашей роли в базе данных «{role}» это изменение не разрешено ({detail}): ничего не сохранено. Попросите администратора базы данных дать ей права аналитика.</translation>
    </message>
    <message>
        <source>The PostgreSQL database {path} holds another program&apos;s tables; it was left untouched.</source>
        <translation>База данных PostgreSQL {path} содержит таблицы другой программы; она оставлена без изменений.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} не существует.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes), so it is not a sync file (was it copied completely?); nothing was imported.</source>
        <translation>{file} пуст (0 байт), значит это не файл синхронизации (он скопирован целиком?); ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} is not a ClusterDesk sync file (it is not a zip archive); nothing was imported.</source>
        <translation>{file} — не файл синхронизации ClusterDesk (это не zip-архив); ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete (was the copy cut short?); nothing was imported.</source>
        <translation>{file} повреждён или неполон (копирование прервалось?); ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} was made by a newer ClusterDesk {version}: update ClusterDesk to import it; nothing was imported.</source>
        <translation>{file} создан более новой версией ClusterDesk {version}: обновите ClusterDesk, чтобы его импортировать; ничего не импортировано.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock reads {today}, before the programme began: set the date and time first; nothing was re-dated.</source>
        <translation>Часы этого компьютера показывают {today}, то есть дату раньше начала программы: сначала установите дату и время; ничего не передатировано.</translation>
    </message>
    <message>
        <source>You gave {given} as today&apos;s date, but this computer&apos;s clock reads {today}: set the date and time first; nothing was re-dated.</source>
        <translation>Вы указали сегодняшнюю дату {given}, а часы этого компьютера показывают {today}: сначала установите дату и время; ничего не передатировано.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock reads {today}, but changes from other computers stored here are dated up to {newest}: its clock is behind now, not ahead before. Set its date and time first; nothing was re-dated.</source>
        <translation>Часы этого компьютера показывают {today}, но изменения с других компьютеров, хранящиеся здесь, датированы вплоть до {newest}: его часы сейчас отстают, а не спешили раньше. Сначала установите дату и время; ничего не передатировано.</translation>
    </message>
    <message>
        <source>{given} is not a date (write it as YYYY-MM-DD, e.g. 2017-04-12); nothing was re-dated.</source>
        <translation>{given} — это не дата (пишите её как ГГГГ-ММ-ДД, например 2017-04-12); ничего не передатировано.</translation>
    </message>
    <message>
        <source>{file} claims to come from this computer, but this database did not write it (a copy of this database, or made by hand); nothing was imported.</source>
        <translation>{file} выдаёт себя за файл этого компьютера, но эта база его не записывала (копия этой базы или файл, сделанный вручную); ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} was changed or damaged after it was written; nothing was imported.</source>
        <translation>{file} изменён или повреждён после записи; ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file}: a record breaks a rule of the database ({detail}); nothing was imported.</source>
        <translation>{file}: запись нарушает правило базы данных ({detail}); ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cannot import into {path}: the database file is read-only; nothing was imported.</source>
        <translation>Невозможно импортировать в {path}: файл базы данных только для чтения; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cannot import into {path}: another program is writing to the database; nothing was imported.</source>
        <translation>Невозможно импортировать в {path}: в базу данных сейчас пишет другая программа; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cannot import into {path}: the disk holding the database is full; nothing was imported.</source>
        <translation>Невозможно импортировать в {path}: диск с базой данных заполнен; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Import cancelled; the database was not changed.</source>
        <translation>Импорт отменён; база данных не изменилась.</translation>
    </message>
    <message>
        <source>{path} is the database ClusterDesk is working on; choose another name. Nothing was written.</source>
        <translation>{path} — это база данных, с которой работает ClusterDesk; выберите другое имя. Ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} is read-only (or you may not write there); nothing was written.</source>
        <translation>Невозможно записать {path}: папка {folder} только для чтения (или у вас нет права писать в неё); ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot write {path}: there is not enough free space on the disk or stick holding {folder}; nothing was written.</source>
        <translation>Невозможно записать {path}: на диске или флешке с папкой {folder} недостаточно места; ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist (was the stick removed?); nothing was written.</source>
        <translation>Невозможно записать {path}: папки {folder} нет (флешку извлекли?); ничего не записано.</translation>
    </message>
    <message>
        <source>{file} is not a ClusterDesk programme file; nothing was changed.</source>
        <translation>{file} — не файл программы ClusterDesk; ничего не изменено.</translation>
    </message>
    <message>
        <source>{file} was changed after head office wrote it (its signature does not verify); ask head office for the file again; nothing was changed.</source>
        <translation>{file} изменён после того, как его записал головной офис (подпись не сходится); попросите головной офис прислать файл ещё раз; ничего не изменено.</translation>
    </message>
    <message>
        <source>The fingerprint typed is not head office&apos;s fingerprint in {file}: compare it again with head office; nothing was changed.</source>
        <translation>Введённый отпечаток не совпадает с отпечатком головного офиса в {file}: сверьте его с головным офисом ещё раз; ничего не изменено.</translation>
    </message>
    <message>
        <source>{file} is the file of another programme or head office; this computer belongs to «{programme}»; nothing was changed.</source>
        <translation>{file} — файл другой программы или другого головного офиса; этот компьютер входит в «{programme}»; ничего не изменено.</translation>
    </message>
    <message>
        <source>This database is not in a programme: run &apos;clusterdesk trust create NAME&apos; first (head office).</source>
        <translation>Эта база данных не входит в программу: сначала выполните &apos;clusterdesk trust create NAME&apos; (головной офис).</translation>
    </message>
    <message>
        <source>Only head office&apos;s own database can name people in the programme file.</source>
        <translation>Называть людей в файле программы может только база данных самого головного офиса.</translation>
    </message>
    <message>
        <source>No person {uuid} in this database; nothing was written.</source>
        <translation>В этой базе данных нет человека {uuid}; ничего не записано.</translation>
    </message>
    <message>
        <source>{file} is not signed, and the programme «{programme}» accepts only signed files; nothing was imported.</source>
        <translation>{file} не подписан, а программа «{programme}» принимает только подписанные файлы; ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} comes from {device} (fingerprint {fingerprint}), a device head office has not enrolled; nothing was imported.</source>
        <translation>{file} пришёл с устройства {device} (отпечаток {fingerprint}), которое головной офис не зарегистрировал; ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} comes from {device}, a device head office has revoked; nothing was imported.</source>
        <translation>{file} пришёл с устройства {device}, которое головной офис отозвал; ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file}: its signature does not verify (it was changed after {device} wrote it, or another device made it); nothing was imported.</source>
        <translation>{file}: подпись не сходится (файл изменён после того, как его записало устройство {device}, или его сделало другое устройство); ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} is not encrypted, and this computer accepts only encrypted files; nothing was imported.</source>
        <translation>{file} не зашифрован, а этот компьютер принимает только зашифрованные файлы; ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} is encrypted for other computers, not for this one; nothing was imported.</source>
        <translation>{file} зашифрован для других компьютеров, а не для этого; ничего не импортировано.</translation>
    </message>
    <message>
        <source>{where}: it is not a ClusterDesk programme file; nothing was changed.</source>
        <translation>{where}: это не файл программы ClusterDesk; ничего не изменено.</translation>
    </message>
    <message>
        <source>{where}: a device has an unknown role; nothing was changed.</source>
        <translation>{where}: у одного из устройств неизвестная роль; ничего не изменено.</translation>
    </message>
    <message>
        <source>{where}: its signature does not verify; nothing was changed.</source>
        <translation>{where}: подпись не сходится; ничего не изменено.</translation>
    </message>
    <message>
        <source>This database already belongs to a programme.</source>
        <translation>Эта база данных уже входит в программу.</translation>
    </message>
    <message>
        <source>Only head office&apos;s own database can change the programme&apos;s list of devices.</source>
        <translation>Список устройств программы может изменять только база данных головного офиса.</translation>
    </message>
    <message>
        <source>The role must be one of consultant, analyst; not {role}.</source>
        <translation>Роль должна быть «консультант» или «аналитик», а не {role}.</translation>
    </message>
    <message>
        <source>This is not a ClusterDesk device card; nothing was changed.</source>
        <translation>Это не карточка устройства ClusterDesk; ничего не изменено.</translation>
    </message>
    <message>
        <source>The fingerprint {given} is not the card&apos;s ({card}): compare it again with the device&apos;s screen; nothing was changed.</source>
        <translation>Отпечаток {given} не совпадает с отпечатком карточки ({card}): сверьте его ещё раз с экраном устройства; ничего не изменено.</translation>
    </message>
    <message>
        <source>The card claims the id of a device already enrolled (as its own or a former id); nothing was changed.</source>
        <translation>Карточка указывает идентификатор уже зарегистрированного устройства (как свой или прежний); ничего не изменено.</translation>
    </message>
    <message>
        <source>No device {device} to revoke in this programme.</source>
        <translation>В этой программе нет устройства {device}, которое можно отозвать.</translation>
    </message>
    <message>
        <source>{where}: head office&apos;s fingerprint is {fingerprint}; compare it with head office by phone and give it to accept the programme; nothing was changed.</source>
        <translation>{where}: отпечаток головного офиса — {fingerprint}; сверьте его с головным офисом по телефону и укажите его, чтобы принять программу; ничего не изменено.</translation>
    </message>
    <message>
        <source>{where}: it is the list of another programme or head office; nothing was changed.</source>
        <translation>{where}: это список другой программы или другого головного офиса; ничего не изменено.</translation>
    </message>
    <message>
        <source>{where}: the device list is not signed by the head office this computer knows; nothing was changed.</source>
        <translation>{where}: список устройств подписан не тем головным офисом, который известен этому компьютеру; ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot read {path}: it is not a ClusterDesk trust file ({detail}).</source>
        <translation>Не удаётся прочитать {path}: это не файл доверия ClusterDesk ({detail}).</translation>
    </message>
    <message>
        <source>{file} is not signed by the keys it names; not enrolled.</source>
        <translation>{file} подписан не теми ключами, которые в нём указаны; устройство не зарегистрировано.</translation>
    </message>
    <message>
        <source>This computer&apos;s role may not change {table}, so it may not resolve their conflicts either (head office does); nothing was changed.</source>
        <translation>Роль этого компьютера не позволяет изменять {table}, поэтому и разрешать их конфликты он не может (это делает головной офис); ничего не изменено.</translation>
    </message>
    <message>
        <source>{indicator}: {value} is more than this indicator allows; enter a value from 0 to {maximum} ({unit}).</source>
        <translation>{indicator}: {value} — больше, чем допускает этот показатель; введите значение от 0 до {maximum} ({unit}).</translation>
    </message>
    <message>
        <source>{indicator}: {numerator} out of {denominator} is {share} {unit}, above the maximum of {maximum} {unit}; «{numerator_name}» can be at most {limit} when «{denominator_name}» is {denominator}.</source>
        <translation>{indicator}: {numerator} из {denominator} — это {share} {unit}, больше максимума {maximum} {unit}; «{numerator_name}» может быть не больше {limit}, когда «{denominator_name}» равно {denominator}.</translation>
    </message>
    <message>
        <source>{indicator} is counted in whole numbers ({unit}), so {value} cannot be recorded; enter a whole number of 0 or more.</source>
        <translation>{indicator} считается в целых числах ({unit}), поэтому {value} записать нельзя; введите целое число от 0.</translation>
    </message>
    <message>
        <source>{indicator}: «{part}» is counted in whole numbers, so {value} cannot be recorded; enter a whole number of {low} or more.</source>
        <translation>{indicator}: «{part}» считается в целых числах, поэтому {value} записать нельзя; введите целое число не меньше {low}.</translation>
    </message>
    <message>
        <source>The period {start}–{end} has not begun yet (today is {today}); an actual can be recorded only for a period that starts on {today} or earlier.</source>
        <translation>Период {start}–{end} ещё не начался (сегодня {today}); фактическое значение можно записать только за период, который начинается {today} или раньше.</translation>
    </message>
    <message>
        <source>{indicator} already has {value} for {start}–{end}, which overlaps {new_start}–{new_end}; enter exactly {start}–{end} to correct that value, or a period that does not overlap it.</source>
        <translation>У показателя {indicator} уже есть значение {value} за {start}–{end}, а этот период пересекается с {new_start}–{new_end}; чтобы исправить значение, введите ровно {start}–{end}, или введите период, который с ним не пересекается.</translation>
    </message>
    <message>
        <source>«{indicator}» suits only the sector {sectors}, and «{cluster}» belongs to the sector {sector}; choose an indicator that suits its sector.</source>
        <translation>«{indicator}» подходит только для отрасли {sectors}, а «{cluster}» относится к отрасли {sector}; выберите показатель, подходящий для его отрасли.</translation>
    </message>
    <message>
        <source>«{cluster}» already follows «{indicator}» (id {uuid}); an indicator is attached to a cluster only once.</source>
        <translation>«{cluster}» уже отслеживает «{indicator}» (id {uuid}); показатель добавляется кластеру только один раз.</translation>
    </message>
    <message>
        <source>the value cannot be negative</source>
        <translation>значение не может быть отрицательным</translation>
    </message>
    <message>
        <source>the denominator must be above zero and the numerator not negative</source>
        <translation>знаменатель должен быть больше нуля, а числитель — не отрицательным</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>a rate is recorded as its numerator and denominator</source>
        <translation>доля записывается как числитель и знаменатель</translation>
    </message>
    <message>
        <source>{value} is not an OKED code (two digits, then a dot and up to three more, e.g. 10.61)</source>
        <translation>{value} — не код ОКЭД (две цифры, затем точка и ещё до трёх цифр, например 10.61)</translation>
    </message>
    <message>
        <source>{date} is in the future (today is {today})</source>
        <translation>{date} ещё не наступило (сегодня {today})</translation>
    </message>
    <message>
        <source>{date} is outside the trip ({start}–{end}): a consultation on it is dated {first} to {last}</source>
        <translation>{date} — вне дат выезда ({start}–{end}): консультация в рамках выезда датируется с {first} по {last}</translation>
    </message>
    <message>
        <source>«{value}» has a question mark where a letter was: the file was saved in an encoding without Kazakh letters (Excel&apos;s «CSV» is Windows-1251). Save it as «CSV UTF-8» or as an Excel workbook (.xlsx) and import it again</source>
        <translation>в «{value}» вместо буквы стоит знак вопроса: файл сохранён в кодировке без казахских букв («CSV» в Excel — это Windows-1251). Сохраните его как «CSV UTF-8» или как книгу Excel (.xlsx) и импортируйте снова</translation>
    </message>
    <message>
        <source>«{name}» cannot be brought back: its BIN {bin} is now used by «{other}» (id {uuid}). Delete that organization or correct its BIN first; «{name}» stays deleted.</source>
        <translation>«{name}» нельзя вернуть: её БИН {bin} теперь у «{other}» (id {uuid}). Сначала удалите ту организацию или исправьте её БИН; «{name}» остаётся удалённой.</translation>
    </message>
    <message>
        <source>«{name}» cannot be brought back as a member of «{initiative}»: it has been a member again since {joined}. The removed membership stays removed.</source>
        <translation>«{name}» нельзя вернуть в участники «{initiative}»: она снова участник с {joined}. Удалённое участие остаётся удалённым.</translation>
    </message>
    <message>
        <source>The selection round {name} cannot be brought back: another round (id {uuid}) is now named {name}. Rename that round first; this one stays deleted.</source>
        <translation>Отбор {name} нельзя вернуть: другой отбор (id {uuid}) теперь называется {name}. Сначала переименуйте тот отбор; этот остаётся удалённым.</translation>
    </message>
    <message>
        <source>The application of «{initiative}» to round {round} cannot be brought back: the initiative has another application to that round now (id {uuid}). This one stays deleted.</source>
        <translation>Заявку «{initiative}» на отбор {round} нельзя вернуть: у инициативы теперь есть другая заявка на этот отбор (id {uuid}). Эта остаётся удалённой.</translation>
    </message>
    <message>
        <source>This {kind} cannot be brought back: a live record now holds a value only one may hold ({detail}). It stays deleted.</source>
        <translation>Эту запись ({kind}) нельзя вернуть: действующая запись теперь содержит значение, которое может быть только у одной ({detail}). Она остаётся удалённой.</translation>
    </message>
    <message>
        <source>«{name}» is already a member of this initiative (since {joined})</source>
        <translation>«{name}» уже участник этой инициативы (с {joined})</translation>
    </message>
    <message>
        <source>{file}: {detail}; nothing was imported.</source>
        <translation>{file}: файл отклонён, ничего не импортировано. Причина (техническая): {detail}.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a sync file.</source>
        <translation>{file} — это папка, а не файл синхронизации.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the sync file to write.</source>
        <translation>{path} — это папка; укажите имя файла синхронизации, который нужно записать.</translation>
    </message>
    <message>
        <source>Cannot sync with {path}: the folder {folder} does not exist (is the stick or the shared folder connected?).</source>
        <translation>Не удаётся синхронизироваться с {path}: папки {folder} нет (подключена ли флешка или общая папка?).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: %1. The details are in the log file %2.</source>
        <translation>Произошла ошибка: %1. Подробности — в файле журнала %2.</translation>
    </message>
    <message>
        <source>ClusterDesk</source>
        <translation>ClusterDesk</translation>
    </message>
    <message>
        <source>ClusterDesk %1 met an unexpected error and will close. Your saved data is safe; the form you were filling is kept as a draft.</source>
        <translation>В ClusterDesk %1 произошла непредвиденная ошибка, программа будет закрыта. Сохранённые данные не пострадали; заполнявшаяся форма сохранена как черновик.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>OKED</source>
        <translation>ОКЭД</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Share of exports</source>
        <translation>Доля экспорта</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Численность работников</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Годовая выручка</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
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
        <translation>Организационно-правовая форма</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Who works at this computer?</source>
        <translation>Кто работает за этим компьютером?</translation>
    </message>
    <message>
        <source>ClusterDesk records who made each consultation and names you in the files sent to head office. Choose yourself if you are already in the list, or introduce yourself once.</source>
        <translation>ClusterDesk записывает, кто провёл каждую консультацию, и указывает вас в файлах для головного офиса. Выберите себя, если вы уже есть в списке, или представьтесь один раз.</translation>
    </message>
    <message>
        <source>Open the &amp;programme file…</source>
        <translation>Открыть &amp;файл программы…</translation>
    </message>
    <message>
        <source>Head office gave you a programme file? Open it: this computer joins the programme and you choose yourself among the people it names.</source>
        <translation>Головной офис дал вам файл программы? Откройте его: этот компьютер войдёт в программу, а вы выберете себя среди названных в нём людей.</translation>
    </message>
    <message>
        <source>— I am new here —</source>
        <translation>— я здесь впервые —</translation>
    </message>
    <message>
        <source>I &amp;am</source>
        <translation>&amp;Я</translation>
    </message>
    <message>
        <source>&amp;Works as</source>
        <translation>&amp;Работает как</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>Head office&apos;s fingerprint:</source>
        <translation>Отпечаток головного офиса:</translation>
    </message>
    <message>
        <source>Head office read out exactly this fingerprint</source>
        <translation>Головной офис зачитал именно этот отпечаток</translation>
    </message>
    <message>
        <source>Open the programme file</source>
        <translation>Открыть файл программы</translation>
    </message>
    <message>
        <source>Programme file (*.json *.cdprogramme);;All files (*)</source>
        <translation>Файл программы (*.json *.cdprogramme);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Programme «%1»</source>
        <translation>Программа «%1»</translation>
    </message>
    <message>
        <source>Ask head office to read its fingerprint to you by phone and compare it with this one, group by group: if they differ, the file is not head office&apos;s.</source>
        <translation>Попросите головной офис зачитать вам по телефону свой отпечаток и сверьте его с этим, группа за группой: если они различаются, файл не от головного офиса.</translation>
    </message>
    <message>
        <source>Head office enrols this computer from your first sync file. This computer&apos;s fingerprint, to read back to them: %1</source>
        <translation>Головной офис зарегистрирует этот компьютер по вашему первому файлу синхронизации. Отпечаток этого компьютера, чтобы зачитать им: %1</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Values that lost</source>
        <translation>Отклонённые значения</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Settlement (KATO)</source>
        <translation>Населённый пункт (КАТО)</translation>
    </message>
    <message>
        <source>Next step owner</source>
        <translation>Ответственный за шаг</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Срок шага</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Версия шаблона</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Дата объявления</translation>
    </message>
    <message>
        <source>Applications until</source>
        <translation>Приём заявок до</translation>
    </message>
    <message>
        <source>Clusters to select</source>
        <translation>Отобрать кластеров</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Selection round</source>
        <translation>Этап отбора</translation>
    </message>
    <message>
        <source>Reasons for rejection</source>
        <translation>Причины отклонения</translation>
    </message>
    <message>
        <source>Application fields</source>
        <translation>Поля заявки</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники встречи</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Версия формы</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>edited here</source>
        <translation>изменено на этом компьютере</translation>
    </message>
    <message>
        <source>arrived in a sync file</source>
        <translation>пришло в файле синхронизации</translation>
    </message>
    <message>
        <source>open</source>
        <translation>не решён</translation>
    </message>
    <message>
        <source>the other version was kept</source>
        <translation>оставлена другая версия</translation>
    </message>
    <message>
        <source>this version was restored</source>
        <translation>эта версия восстановлена</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Чтение истории…</translation>
    </message>
    <message>
        <source>record created</source>
        <translation>запись создана</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Изменения (%1)</translation>
    </message>
    <message>
        <source>Each field&apos;s last change</source>
        <translation>Последнее изменение каждого поля</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Конфликты (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) seen on this computer.</source>
        <translation>
            <numerusform>%n изменение на этом компьютере.</numerusform>
            <numerusform>%n изменения на этом компьютере.</numerusform>
            <numerusform>%n изменений на этом компьютере.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1 on %2.</source>
        <translation>Последнее изменение: %1, устройство %2.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <source>New cluster initiative</source>
        <translation>Новая кластерная инициатива</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <source>Remove member «%1»</source>
        <translation>Удаление участника «%1»</translation>
    </message>
    <message>
        <source>Cluster initiative</source>
        <translation>Кластерная инициатива</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Наименование</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Отрасль</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Координатор</translation>
    </message>
    <message>
        <source>Start typing a name or BIN…</source>
        <translation>Начните вводить наименование или БИН…</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>О&amp;писание</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Organization to add…</source>
        <translation>Добавляемая организация…</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Добавить участника</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Удалить участника</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a programme</source>
        <translation>Вступление в программу</translation>
    </message>
    <message>
        <source>The file is the programme «%1». Ask head office to read its fingerprint to you by phone and compare it with the one below, group by group.</source>
        <translation>Это файл программы «%1». Попросите головной офис зачитать вам по телефону свой отпечаток и сверьте его с приведённым ниже, группа за группой.</translation>
    </message>
    <message>
        <source>Head office read out exactly this fingerprint</source>
        <translation>Головной офис зачитал именно этот отпечаток</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <source>Export every field of the records (address, e-mail, OKED, size…)?

Yes: every field. No: only the columns shown.</source>
        <translation>Экспортировать все поля записей (адрес, e-mail, ОКЭД, размер…)?

Да: все поля. Нет: только показанные столбцы.</translation>
    </message>
    <message>
        <source>CSV, separated by semicolons (*.csv)</source>
        <translation>CSV, разделитель — точка с запятой (*.csv)</translation>
    </message>
    <message>
        <source>CSV, separated by commas (*.csv)</source>
        <translation>CSV, разделитель — запятая (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n строка экспортирована в %1</numerusform>
            <numerusform>%n строки экспортированы в %1</numerusform>
            <numerusform>%n строк экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Cluster members</source>
        <translation>Участники кластеров</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Export the programme to Excel</source>
        <translation>Экспорт программы в Excel</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Все отрасли</translation>
    </message>
    <message>
        <source>All trips</source>
        <translation>Все выезды</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>Any interest</source>
        <translation>Любой интерес</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Все консультанты</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Search (name, BIN, notes)…</source>
        <translation>Поиск (наименование, БИН, примечания)…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
</context>
<context>
    <name>Lookalike</name>
    <message>
        <source>the same name once case, quotes and the legal form are set aside</source>
        <translation>то же название без учёта регистра, кавычек и правовой формы</translation>
    </message>
    <message>
        <source>the same distinctive words: «{words}»</source>
        <translation>те же отличительные слова: «{words}»</translation>
    </message>
    <message>
        <source>distinctive words «{a}» and «{b}»</source>
        <translation>отличительные слова «{a}» и «{b}»</translation>
    </message>
    <message>
        <source>names made of common words only</source>
        <translation>названия только из распространённых слов</translation>
    </message>
    <message>
        <source>common words do not count: «{words}»</source>
        <translation>распространённые слова не учитываются: «{words}»</translation>
    </message>
    <message>
        <source>the same phone {phone}</source>
        <translation>тот же телефон {phone}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Выезды</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Следующие шаги</translation>
    </message>
    <message>
        <source>Cluster initiatives</source>
        <translation>Кластерные инициативы</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Devices and keys</source>
        <translation>Устройства и ключи</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Delete «%1»? You can undo this with Edit → Undo.</source>
        <translation>Удалить «%1»? Удаление можно отменить: Правка → Отменить.</translation>
    </message>
    <message>
        <source>Delete «%1»</source>
        <translation>Удаление «%1»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Устройство: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not exported</source>
        <translation>
            <numerusform>%n изменение не экспортировано</numerusform>
            <numerusform>%n изменения не экспортированы</numerusform>
            <numerusform>%n изменений не экспортировано</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;History of the record…</source>
        <translation>&amp;История записи…</translation>
    </message>
    <message>
        <source>Export the &amp;programme to Excel…</source>
        <translation>Экспорт &amp;программы в Excel…</translation>
    </message>
    <message>
        <source>%1 will appear here.</source>
        <translation>Здесь появится раздел «%1».</translation>
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
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>New &amp;consultation…</source>
        <translation>Новая &amp;консультация…</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Новая запись…</translation>
    </message>
    <message>
        <source>Export list to &amp;CSV…</source>
        <translation>Экспорт списка в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export list to E&amp;xcel…</source>
        <translation>Экспорт списка в E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Open record…</source>
        <translation>О&amp;ткрыть запись…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;About ClusterDesk…</source>
        <translation>&amp;О программе ClusterDesk…</translation>
    </message>
    <message>
        <source>A consultation you were recording was not saved. Open it to finish it?</source>
        <translation>Консультация, которую вы записывали, не была сохранена. Открыть её, чтобы завершить запись?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer have not been exported for more than a day. Close anyway? (Sync → Export or Sync with a central file sends them.)</source>
        <translation>
            <numerusform>Изменения, сделанные на этом компьютере (%n), не экспортируются больше суток. Всё равно закрыть? (Отправить их можно так: Синхронизация → Экспорт изменений или Синхронизация с центральным файлом.)</numerusform>
            <numerusform>Изменения, сделанные на этом компьютере (%n), не экспортируются больше суток. Всё равно закрыть? (Отправить их можно так: Синхронизация → Экспорт изменений или Синхронизация с центральным файлом.)</numerusform>
            <numerusform>Изменения, сделанные на этом компьютере (%n), не экспортируются больше суток. Всё равно закрыть? (Отправить их можно так: Синхронизация → Экспорт изменений или Синхронизация с центральным файлом.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Создать ре&amp;зервную копию</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on its server (pg_dump).</source>
        <translation>Резервную копию базы данных PostgreSQL делают на её сервере (pg_dump).</translation>
    </message>
    <message>
        <source>(no other database yet)</source>
        <translation>(других баз пока нет)</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервная копия записана: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>ClusterDesk database (*.db)</source>
        <translation>База данных ClusterDesk (*.db)</translation>
    </message>
    <message>
        <source>Open the backup %1 (%2)? It is copied to a new file next to the current database, which stays as it is.</source>
        <translation>Открыть резервную копию %1 (%2)? Она будет скопирована в новый файл рядом с текущей базой, которая останется как есть.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Undo typing</source>
        <translation>&amp;Отменить ввод</translation>
    </message>
    <message>
        <source>&amp;Redo typing</source>
        <translation>&amp;Вернуть ввод</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Вернуть: %1</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>on track</source>
        <translation>по плану</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>отставание</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>stock (latest value)</source>
        <translation>запас (последнее значение)</translation>
    </message>
    <message>
        <source>flow (sum)</source>
        <translation>поток (сумма)</translation>
    </message>
    <message>
        <source>rate (numerator / denominator)</source>
        <translation>доля (числитель / знаменатель)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокировано</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>drafted</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>agreed with the ministry</source>
        <translation>согласовано с министерством</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <source>state support measure</source>
        <translation>мера государственной поддержки</translation>
    </message>
    <message>
        <source>own funds</source>
        <translation>собственные средства</translation>
    </message>
    <message>
        <source>development institution</source>
        <translation>институт развития</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Cluster organizations: %1 · coordinators working %2, trained %3 · overdue tasks: %4</source>
        <translation>Организаций кластеров: %1 · координаторов работает %2, обучено %3 · просроченных задач: %4</translation>
    </message>
    <message>
        <source>No plan recorded.</source>
        <translation>План не внесён.</translation>
    </message>
    <message>
        <source>No version approved yet; version %1 is %2.</source>
        <translation>Утверждённой версии пока нет; версия %1: %2.</translation>
    </message>
    <message>
        <source>Version in force: %1, approved %2; period %3–%4.</source>
        <translation>Действующая версия: %1, утверждена %2; период %3–%4.</translation>
    </message>
    <message>
        <source>Version %1 is %2.</source>
        <translation>Версия %1: %2.</translation>
    </message>
    <message>
        <source>Measure / project</source>
        <translation>Мероприятие / проект</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Needed, mln KZT</source>
        <translation>Потребность, млн тенге</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>What blocks it</source>
        <translation>Что мешает</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Adds up as</source>
        <translation>Способ свода</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Цель %1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидалось</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Decision / contract</source>
        <translation>Решение / договор</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>As at</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Record an actual value…</source>
        <translation>Внести фактическое значение…</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>This initiative already has an application to this round; open it from the list instead.</source>
        <translation>У этой инициативы уже есть заявка на этот отбор; откройте её из списка.</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>The draft is pre-filled from what is recorded about the initiative: region, sector, coordinator, members and the latest diagnostic.</source>
        <translation>Черновик заполняется сведениями об инициативе: регион, отрасль, координатор, участники и последняя диагностика.</translation>
    </message>
    <message>
        <source>Cluster &amp;initiative</source>
        <translation>Кластерная &amp;инициатива</translation>
    </message>
    <message>
        <source>Selection &amp;round</source>
        <translation>Конкурсный &amp;отбор</translation>
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
        <translation>Первые строки просрочены (срок раньше сегодняшнего дня).</translation>
    </message>
    <message>
        <source>Mark done «%1»</source>
        <translation>Отметка выполнения «%1»</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>The selected next step was done today (Ctrl+D); it leaves this list</source>
        <translation>Выбранный шаг выполнен сегодня (Ctrl+D); он уйдёт из этого списка</translation>
    </message>
    <message>
        <source>Search by organization…</source>
        <translation>Поиск по организации…</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>New organization</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Remove contact «%1»</source>
        <translation>Удаление контакта «%1»</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Наименование</translation>
    </message>
    <message>
        <source>ТОО «…»</source>
        <translation>ТОО «…»</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;Legal form</source>
        <translation>Правовая &amp;форма</translation>
    </message>
    <message>
        <source>ТОО, АО, ИП, КХ…</source>
        <translation>ТОО, АО, ИП, КХ…</translation>
    </message>
    <message>
        <source>&amp;BIN / IIN</source>
        <translation>&amp;БИН / ИИН</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Si&amp;ze class</source>
        <translation>&amp;Размер</translation>
    </message>
    <message>
        <source>&amp;Employees</source>
        <translation>&amp;Численность работников</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Annual &amp;revenue, mln KZT</source>
        <translation>Го&amp;довая выручка, млн тенге</translation>
    </message>
    <message>
        <source>Share of e&amp;xports, %</source>
        <translation>Доля &amp;экспорта, %</translation>
    </message>
    <message>
        <source>Re&amp;gion (as recorded)</source>
        <translation>Р&amp;егион (как в записи)</translation>
    </message>
    <message>
        <source>Region today</source>
        <translation>Регион сегодня</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Отрасль</translation>
    </message>
    <message>
        <source>&amp;OKED</source>
        <translation>О&amp;КЭД</translation>
    </message>
    <message>
        <source>10.61</source>
        <translation>10.61</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Те&amp;лефон</translation>
    </message>
    <message>
        <source>+7 (7142) 00-00-00</source>
        <translation>+7 (7142) 00-00-00</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Эл. &amp;почта</translation>
    </message>
    <message>
        <source>name@company.kz</source>
        <translation>name@company.kz</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Сайт</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Добавить контакт…</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Удалить контакт</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Working at this computer: %1</source>
        <translation>За этим компьютером работает: %1</translation>
    </message>
    <message>
        <source>Nobody is chosen as working at this computer.</source>
        <translation>Не выбрано, кто работает за этим компьютером.</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Новый человек…</translation>
    </message>
    <message>
        <source>&amp;This is me</source>
        <translation>&amp;Это я</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Works as</source>
        <translation>&amp;Работает как</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Интерес</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Search: «%1»</source>
        <translation>Поиск: «%1»</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 of %2</source>
        <translation>первые %1 из %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Напечатано %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Стр. %1 из %2</translation>
    </message>
</context>
<context>
    <name>ProgrammeNameDialog</name>
    <message>
        <source>Create a programme</source>
        <translation>Создание программы</translation>
    </message>
    <message>
        <source>This computer becomes head office of a new programme: it enrols the other devices, and every sync file is signed and encrypted from now on.</source>
        <translation>Этот компьютер станет головным офисом новой программы: он регистрирует остальные устройства, а каждый файл синхронизации отныне подписывается и шифруется.</translation>
    </message>
    <message>
        <source>Programme &amp;name:</source>
        <translation>&amp;Название программы:</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Leave this question unanswered</source>
        <translation>Оставить вопрос без ответа</translation>
    </message>
    <message>
        <source>Evidence: documents seen, facts, who said it…</source>
        <translation>Обоснование: изученные документы, факты, кто сообщил…</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 из %2 баллов</translation>
    </message>
</context>
<context>
    <name>QuestionInput</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>points: %1</source>
        <translation>баллы: %1</translation>
    </message>
</context>
<context>
    <name>QuickOrganizationDialog</name>
    <message>
        <source>New organization</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>12 digits; may be left empty</source>
        <translation>12 цифр; можно оставить пустым</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;BIN</source>
        <translation>&amp;БИН</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>The other details can be added later in the organization&apos;s own form.</source>
        <translation>Остальные сведения можно добавить позже в карточке организации.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Отобрана</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Tied on the last place to select: the commission decides</source>
        <translation>Равенство баллов на последнем проходном месте: решает комиссия</translation>
    </message>
    <message>
        <source>Same total as another application: shared place</source>
        <translation>Та же сумма баллов, что у другой заявки: место разделено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Selection &amp;round</source>
        <translation>&amp;Конкурсный отбор</translation>
    </message>
    <message>
        <source>Totals are the average of the evaluators&apos; sums. Equal totals share a place (=). Rows in yellow are tied on the last place to select: tick the ones the commission selects.</source>
        <translation>Итог — среднее сумм баллов экспертов. Равные итоги делят место (=). Жёлтым выделены строки с равным итогом на последнем проходном месте: отметьте те, которые отобрала комиссия.</translation>
    </message>
    <message>
        <source>&amp;Apply the selection…</source>
        <translation>&amp;Применить итоги отбора…</translation>
    </message>
    <message>
        <source>&amp;Open application</source>
        <translation>&amp;Открыть заявку</translation>
    </message>
    <message>
        <source>No selection round is recorded yet.</source>
        <translation>Конкурсный отбор ещё не внесён.</translation>
    </message>
    <message numerus="yes">
        <source>Applications accepted %1; %2 to select. %n application(s), %3 evaluated, %4 selected.</source>
        <translation>
            <numerusform>Приём заявок: %1; отобрать: %2. Заявок: %n, оценено: %3, отобрано: %4.</numerusform>
            <numerusform>Приём заявок: %1; отобрать: %2. Заявок: %n, оценено: %3, отобрано: %4.</numerusform>
            <numerusform>Приём заявок: %1; отобрать: %2. Заявок: %n, оценено: %3, отобрано: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n application(s) selected and %1 not selected? Each change is kept in the application&apos;s history.</source>
        <translation>
            <numerusform>Отметить заявки как отобранные (%n) и не отобранные (%1)? Каждое изменение сохраняется в истории заявки.</numerusform>
            <numerusform>Отметить заявки как отобранные (%n) и не отобранные (%1)? Каждое изменение сохраняется в истории заявки.</numerusform>
            <numerusform>Отметить заявки как отобранные (%n) и не отобранные (%1)? Каждое изменение сохраняется в истории заявки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide the tie: %1 of the highlighted applications can be selected.</source>
        <translation>Разрешите равенство: из выделенных заявок можно отобрать %1.</translation>
    </message>
    <message>
        <source>The selection is applied.</source>
        <translation>Итоги отбора применены.</translation>
    </message>
    <message>
        <source>Apply the selection</source>
        <translation>Применить итоги отбора</translation>
    </message>
</context>
<context>
    <name>RecordActualDialog</name>
    <message>
        <source>Record an actual value</source>
        <translation>Внести фактическое значение</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Числитель</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Знаменатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Document, letter or file that shows it</source>
        <translation>Документ, письмо или файл, подтверждающий значение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>This period already has %1; saving replaces it as a correction.</source>
        <translation>За этот период уже записано %1; при сохранении оно будет заменено как исправление.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Remove «%1»? Edit → Undo brings it back.</source>
        <translation>Удалить «%1»? Вернуть можно через Правка → Отменить.</translation>
    </message>
    <message>
        <source>This form was being filled in and was not saved (the program was closed or stopped). Restore what was typed?</source>
        <translation>Эта форма заполнялась и не была сохранена (программа была закрыта или остановлена). Восстановить введённое?</translation>
    </message>
    <message>
        <source>Discard what was typed in this form? It has not been saved.</source>
        <translation>Отбросить введённое в этой форме? Оно не сохранено.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere (by an import, another window or another analyst) while it was open here. Reload it? Changes not yet saved in this form would be lost. If you keep editing instead, saving keeps their changes and asks about any field changed on both sides.</source>
        <translation>Пока запись была открыта здесь, её изменили в другом месте (импорт, другое окно или другой аналитик). Загрузить её заново? Несохранённые изменения в этой форме будут потеряны. Если продолжить редактирование, при сохранении их изменения сохранятся, а о полях, изменённых с обеих сторон, программа спросит.</translation>
    </message>
</context>
<context>
    <name>RegistryImportDialog</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Организационно-правовая форма</translation>
    </message>
    <message>
        <source>Region or KATO</source>
        <translation>Регион или КАТО</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Contact&apos;s position</source>
        <translation>Должность контактного лица</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что будет</translation>
    </message>
    <message>
        <source>&amp;Import a registry of organizations…</source>
        <translation>&amp;Импорт реестра организаций…</translation>
    </message>
    <message>
        <source>Import a registry of organizations</source>
        <translation>Импорт реестра организаций</translation>
    </message>
    <message>
        <source>Registry lists (*.xlsx *.csv *.txt)</source>
        <translation>Списки реестров (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Import a registry: %1</source>
        <translation>Импорт реестра: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(нет в файле)</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <source>%1 rows: %2 will be imported, %3 refused (the reason is in the table).</source>
        <translation>Строк: %1; будет импортировано: %2, отклонено: %3 (причина указана в таблице).</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>будет импортирована</translation>
    </message>
    <message>
        <source>%1 organizations and %2 contacts imported; %3 rows refused.</source>
        <translation>Импортировано организаций: %1, контактов: %2; отклонено строк: %3.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject at registration</source>
        <translation>Отклонение при регистрации</translation>
    </message>
    <message>
        <source>&amp;Reasons for the rejection, one per line (the problems the check found are filled in):</source>
        <translation>&amp;Причины отклонения, по одной в строке (несоответствия, найденные проверкой, уже внесены):</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Selection round</source>
        <translation>Этап конкурсного отбора</translation>
    </message>
    <message>
        <source>Selection round %1</source>
        <translation>Этап конкурсного отбора %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Дата объявления</translation>
    </message>
    <message>
        <source>Applications until</source>
        <translation>Приём заявок до</translation>
    </message>
    <message>
        <source>Clusters to select</source>
        <translation>Отобрать кластеров</translation>
    </message>
    <message>
        <source>Application template</source>
        <translation>Шаблон заявки</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Дата объявления</translation>
    </message>
    <message>
        <source>Applications until</source>
        <translation>Приём заявок до</translation>
    </message>
    <message>
        <source>Clusters to select</source>
        <translation>Отобрать кластеров</translation>
    </message>
    <message>
        <source>Application template</source>
        <translation>Шаблон заявки</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявок</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Новый этап…</translation>
    </message>
    <message>
        <source>&amp;Edit round…</source>
        <translation>&amp;Изменить этап…</translation>
    </message>
</context>
<context>
    <name>ScoresDialog</name>
    <message>
        <source>Evaluator&apos;s points</source>
        <translation>Баллы эксперта</translation>
    </message>
    <message>
        <source>&amp;Evaluator</source>
        <translation>&amp;Эксперт</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> из %1</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Diagnostic session</source>
        <translation>Сеанс диагностики</translation>
    </message>
    <message>
        <source>Choose the cluster initiative and record who took part. Then answer the questions dimension by dimension.</source>
        <translation>Выберите кластерную инициативу и укажите участников. Затем ответьте на вопросы по каждому направлению.</translation>
    </message>
    <message>
        <source>&amp;Initiative:</source>
        <translation>&amp;Инициатива:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Консультант:</translation>
    </message>
    <message>
        <source>&amp;Attendees
(one per line):</source>
        <translation>&amp;Участники
(по одному в строке):</translation>
    </message>
    <message>
        <source>Name, position, organization</source>
        <translation>ФИО, должность, организация</translation>
    </message>
    <message>
        <source>Choose an initiative from the list.</source>
        <translation>Выберите инициативу из списка.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A database file, or a PostgreSQL database: postgresql://user@server/database (the password is read from ~/.pgpass or PGPASSWORD and never stored)</source>
        <translation>Файл базы данных или база данных PostgreSQL: postgresql://пользователь@сервер/база (пароль берётся из ~/.pgpass или PGPASSWORD и никогда не сохраняется)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>ClusterDesk database (*.db)</source>
        <translation>База данных ClusterDesk (*.db)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Folder for PDF files</source>
        <translation>Папка для файлов PDF</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Consultant</source>
        <translation>&amp;Консультант</translation>
    </message>
    <message>
        <source>&amp;Device name</source>
        <translation>&amp;Имя устройства</translation>
    </message>
    <message>
        <source>Default &amp;region</source>
        <translation>&amp;Регион по умолчанию</translation>
    </message>
    <message>
        <source>Data&amp;base file</source>
        <translation>&amp;Файл базы данных</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;PDF folder</source>
        <translation>&amp;Папка PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>A new database file opens after you press Save.</source>
        <translation>Новый файл базы данных откроется после нажатия «Сохранить».</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Go to a page (in the navigation order)</source>
        <translation>Перейти на страницу (в порядке списка слева)</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Новая консультация</translation>
    </message>
    <message>
        <source>New record of the current page</source>
        <translation>Новая запись текущей страницы</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Открыть выбранную запись</translation>
    </message>
    <message>
        <source>Delete the selected record (Edit → Undo brings it back)</source>
        <translation>Удалить выбранную запись (Правка → Отменить вернёт её)</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Поиск в текущем списке</translation>
    </message>
    <message>
        <source>In the search box: go to the results</source>
        <translation>В поле поиска: перейти к результатам</translation>
    </message>
    <message>
        <source>Next / previous control (also out of a table)</source>
        <translation>Следующий / предыдущий элемент (в том числе из таблицы)</translation>
    </message>
    <message>
        <source>Undo / redo: typing in a text box, else the last change</source>
        <translation>Отменить / вернуть: ввод в текстовом поле, иначе последнее изменение</translation>
    </message>
    <message>
        <source>Save the form (in every editor)</source>
        <translation>Сохранить форму (в любом редакторе)</translation>
    </message>
    <message>
        <source>Close the form (asks if typed content is unsaved)</source>
        <translation>Закрыть форму (спросит, если введённое не сохранено)</translation>
    </message>
    <message>
        <source>New organization from the consultation form</source>
        <translation>Новая организация из формы консультации</translation>
    </message>
    <message>
        <source>Next steps: mark the selected one done</source>
        <translation>Следующие шаги: отметить выбранный выполненным</translation>
    </message>
    <message>
        <source>History of the selected record</source>
        <translation>История выбранной записи</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Что делают</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Check the result, write the next steps, then Complete. A completed diagnostic is the one reports compare with.</source>
        <translation>Проверьте результат, запишите следующие шаги и нажмите «Завершить». Отчёты сравниваются с завершённой диагностикой.</translation>
    </message>
    <message>
        <source>N&amp;ext steps agreed:</source>
        <translation>&amp;Согласованные следующие шаги:</translation>
    </message>
    <message>
        <source>Consultant&apos;s n&amp;otes:</source>
        <translation>&amp;Заметки консультанта:</translation>
    </message>
    <message>
        <source>Change since
%1</source>
        <translation>Изменение
с %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Readiness index: %1 of 100</source>
        <translation>Индекс готовности: %1 из 100</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>Отвечено вопросов: %1 из %2</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Уровень: %1</translation>
    </message>
    <message>
        <source>No level assigned</source>
        <translation>Уровень не присвоен</translation>
    </message>
    <message>
        <source>Why no level is assigned</source>
        <translation>Почему уровень не присвоен</translation>
    </message>
    <message>
        <source>Weakest dimensions and what to do</source>
        <translation>Самые слабые направления и что делать</translation>
    </message>
    <message>
        <source>No weak dimensions were found.</source>
        <translation>Слабых направлений не найдено.</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>изменение %1</translation>
    </message>
    <message>
        <source>There is no earlier complete diagnostic of this initiative to compare with.</source>
        <translation>Более ранней завершённой диагностики этой инициативы для сравнения нет.</translation>
    </message>
</context>
<context>
    <name>SyncJobs</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Экспорт всех данных</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Экспорт изменений</translation>
    </message>
    <message>
        <source>ClusterDesk sync files (*.cdsync)</source>
        <translation>Файлы синхронизации ClusterDesk (*.cdsync)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>There were no changes to export; %1 was written anyway (it holds nothing new).</source>
        <translation>Изменений для экспорта не было; файл %1 всё равно записан (нового в нём нет).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n запись сохранена в %1.</numerusform>
            <numerusform>%n записи сохранены в %1.</numerusform>
            <numerusform>%n записей сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import sync files</source>
        <translation>Импорт файлов синхронизации</translation>
    </message>
    <message>
        <source>ClusterDesk sync files (*.cdsync);;All files (*)</source>
        <translation>Файлы синхронизации ClusterDesk (*.cdsync);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Another sync job is still running; try again when it has finished.</source>
        <translation>Ещё выполняется другая синхронизация; повторите попытку, когда она завершится.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>%1 was not imported: cancelled, nothing of it was changed.</source>
        <translation>Файл %1 не импортирован: операция отменена, ничего не изменено.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>Регистрация устройства</translation>
    </message>
    <message>
        <source>Enrol this device now? You compare its fingerprint with its user by phone first; the file is imported afterwards.</source>
        <translation>Зарегистрировать это устройство сейчас? Сначала сверьте его отпечаток с пользователем по телефону; файл будет импортирован после этого.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2; nothing changed.</source>
        <translation>Файл %1 уже был импортирован %2; ничего не изменилось.</translation>
    </message>
    <message>
        <source>%1 from %2 — new: %3, updated: %4, unchanged: %5, conflicts: %6, merged duplicates: %7.</source>
        <translation>%1 с устройства %2 — новых: %3, обновлено: %4, без изменений: %5, конфликтов: %6, объединено дубликатов: %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused: the device that made them may not make them, or the proof of who made them does not hold.</source>
        <translation>
            <numerusform>Отклонено %n изменение: устройство, которое его сделало, не вправе его делать, или подтверждение автора не сходится.</numerusform>
            <numerusform>Отклонено %n изменения: устройство, которое их сделало, не вправе их делать, или подтверждение автора не сходится.</numerusform>
            <numerusform>Отклонено %n изменений: устройство, которое их сделало, не вправе их делать, или подтверждение автора не сходится.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refused: as many records of the device that made them are held back here as are kept. Discard those that will never apply (Held back) and sync again.</source>
        <translation>
            <numerusform>%n запись отклонена: от устройства, которое её сделало, здесь уже отложено столько записей, сколько хранится. Удалите те, что никогда не будут применены (вкладка «Отложенные»), и синхронизируйте снова.</numerusform>
            <numerusform>%n записи отклонены: от устройства, которое их сделало, здесь уже отложено столько записей, сколько хранится. Удалите те, что никогда не будут применены (вкладка «Отложенные»), и синхронизируйте снова.</numerusform>
            <numerusform>%n записей отклонено: от устройства, которое их сделало, здесь уже отложено столько записей, сколько хранится. Удалите те, что никогда не будут применены (вкладка «Отложенные»), и синхронизируйте снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s) of duplicate organizations not applied: the merge rule refuses them.</source>
        <translation>
            <numerusform>%n объединение дубликатов организаций не применено: правило объединения его не допускает.</numerusform>
            <numerusform>%n объединения дубликатов организаций не применены: правило объединения их не допускает.</numerusform>
            <numerusform>%n объединений дубликатов организаций не применено: правило объединения их не допускает.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) held back: this computer&apos;s clock is behind the changes this database already holds. They are kept, not applied; set this computer&apos;s date and time, and the next import applies them.</source>
        <translation>
            <numerusform>%n запись отложена: часы этого компьютера отстают от изменений, которые уже есть в этой базе. Она сохранена, но не применена; установите дату и время этого компьютера, и следующий импорт её применит.</numerusform>
            <numerusform>%n записи отложены: часы этого компьютера отстают от изменений, которые уже есть в этой базе. Они сохранены, но не применены; установите дату и время этого компьютера, и следующий импорт их применит.</numerusform>
            <numerusform>%n записей отложено: часы этого компьютера отстают от изменений, которые уже есть в этой базе. Они сохранены, но не применены; установите дату и время этого компьютера, и следующий импорт их применит.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) held back: stamped too far ahead of this computer&apos;s clock. They are kept, not applied; correct that computer&apos;s clock, date its changes again there (Sync view) and sync again.</source>
        <translation>
            <numerusform>%n запись отложена: её отметка времени намного опережает часы этого компьютера. Она сохранена, но не применена; исправьте часы того компьютера, передатируйте там его изменения (раздел «Синхронизация») и синхронизируйте снова.</numerusform>
            <numerusform>%n записи отложены: их отметки времени намного опережают часы этого компьютера. Они сохранены, но не применены; исправьте часы того компьютера, передатируйте там его изменения (раздел «Синхронизация») и синхронизируйте снова.</numerusform>
            <numerusform>%n записей отложено: их отметки времени намного опережают часы этого компьютера. Они сохранены, но не применены; исправьте часы того компьютера, передатируйте там его изменения (раздел «Синхронизация») и синхронизируйте снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) held back: signed by a device this computer&apos;s device list does not hold yet. They are kept, not applied; take the current programme file and sync again.</source>
        <translation>
            <numerusform>%n конфликт отложен: он подписан устройством, которого ещё нет в списке устройств этого компьютера. Он сохранён, но не применён; возьмите актуальный файл программы и синхронизируйте снова.</numerusform>
            <numerusform>%n конфликта отложены: они подписаны устройством, которого ещё нет в списке устройств этого компьютера. Они сохранены, но не применены; возьмите актуальный файл программы и синхронизируйте снова.</numerusform>
            <numerusform>%n конфликтов отложено: они подписаны устройством, которого ещё нет в списке устройств этого компьютера. Они сохранены, но не применены; возьмите актуальный файл программы и синхронизируйте снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) held earlier applied now.</source>
        <translation>
            <numerusform>Применена %n ранее отложенная запись.</numerusform>
            <numerusform>Применены %n ранее отложенные записи.</numerusform>
            <numerusform>Применено %n ранее отложенных записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) held earlier dropped: the computer that made them dated them again.</source>
        <translation>
            <numerusform>%n ранее отложенная запись удалена: компьютер, который её сделал, передатировал её.</numerusform>
            <numerusform>%n ранее отложенные записи удалены: компьютер, который их сделал, передатировал их.</numerusform>
            <numerusform>%n ранее отложенных записей удалено: компьютер, который их сделал, передатировал их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Central sync file</source>
        <translation>Центральный файл синхронизации</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Синхронизация с %1…</translation>
    </message>
    <message numerus="yes">
        <source>Created the central file %1 with %n record(s).</source>
        <translation>
            <numerusform>Создан центральный файл %1: %n запись.</numerusform>
            <numerusform>Создан центральный файл %1: %n записи.</numerusform>
            <numerusform>Создан центральный файл %1: %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the central file refused on this computer (damaged or changed, unsigned, or from a device it does not know); the rest was synced.</source>
        <translation>
            <numerusform>%n часть центрального файла отклонена на этом компьютере (повреждена или изменена, не подписана или от неизвестного ему устройства); остальное синхронизировано.</numerusform>
            <numerusform>%n части центрального файла отклонены на этом компьютере (повреждены или изменены, не подписаны или от неизвестного ему устройства); остальное синхронизировано.</numerusform>
            <numerusform>%n частей центрального файла отклонено на этом компьютере (повреждены или изменены, не подписаны или от неизвестного ему устройства); остальное синхронизировано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written back to %1.</source>
        <translation>
            <numerusform>В %1 записана %n запись.</numerusform>
            <numerusform>В %1 записаны %n записи.</numerusform>
            <numerusform>В %1 записано %n записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>less than an hour</source>
        <translation>меньше часа</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>Cluster initiative</source>
        <translation>Кластерная инициатива</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Участие</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Selection round</source>
        <translation>Конкурсный отбор</translation>
    </message>
    <message>
        <source>Evaluation score</source>
        <translation>Балл оценки</translation>
    </message>
    <message>
        <source>Application history</source>
        <translation>История заявки</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Следующие шаги</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Revenue, mln KZT</source>
        <translation>Выручка, млн тенге</translation>
    </message>
    <message>
        <source>Export share</source>
        <translation>Доля экспорта</translation>
    </message>
    <message>
        <source>Region as recorded</source>
        <translation>Регион (как в записи)</translation>
    </message>
    <message>
        <source>OKED</source>
        <translation>ОКЭД</translation>
    </message>
    <message>
        <source>Language of the name</source>
        <translation>Язык названия</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлены</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединены</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>resolved: other version kept</source>
        <translation>решён: оставлена другая версия</translation>
    </message>
    <message>
        <source>resolved: this version kept</source>
        <translation>решён: оставлена эта версия</translation>
    </message>
    <message>
        <source>{device}, signed by it</source>
        <translation>{device}, подписано им</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Other version made</source>
        <translation>Другая версия создана</translation>
    </message>
    <message>
        <source>This version from</source>
        <translation>Эта версия от</translation>
    </message>
    <message>
        <source>Other version from</source>
        <translation>Другая версия от</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Эта версия</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>Другая версия</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Похожа на</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>stamped too far ahead of this computer&apos;s clock</source>
        <translation>отметка времени намного опережает часы этого компьютера</translation>
    </message>
    <message>
        <source>signed by a device this computer does not know</source>
        <translation>подписано устройством, которого этот компьютер не знает</translation>
    </message>
    <message>
        <source>refers to a record held back</source>
        <translation>ссылается на отложенную запись</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Сделано на</translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation>Отметка времени</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>R&amp;e-date these changes…</source>
        <translation>&amp;Передатировать эти изменения…</translation>
    </message>
    <message>
        <source>Export &amp;changes…</source>
        <translation>Экспорт &amp;изменений…</translation>
    </message>
    <message>
        <source>Write the changes made since the last export to a sync file for head office</source>
        <translation>Записать изменения, сделанные после последнего экспорта, в файл синхронизации для головного офиса</translation>
    </message>
    <message>
        <source>Export e&amp;verything…</source>
        <translation>Экспорт &amp;всех данных…</translation>
    </message>
    <message>
        <source>Write every record of this database to a sync file</source>
        <translation>Записать все записи этой базы данных в файл синхронизации</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Им&amp;порт файлов…</translation>
    </message>
    <message>
        <source>Import one or more sync files (you can also drop them on the window)</source>
        <translation>Импортировать один или несколько файлов синхронизации (их можно также перетащить в окно)</translation>
    </message>
    <message>
        <source>S&amp;ync with central file</source>
        <translation>&amp;Синхронизация с центральным файлом</translation>
    </message>
    <message>
        <source>Import what is new in the shared file, then write this database&apos;s changes back into it</source>
        <translation>Импортировать новое из общего файла, затем записать в него изменения этой базы данных</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>Choose the central sync file (on a shared folder or a USB stick)</source>
        <translation>Выбрать центральный файл синхронизации (в общей папке или на USB-накопителе)</translation>
    </message>
    <message>
        <source>Import &amp;log</source>
        <translation>&amp;Журнал импорта</translation>
    </message>
    <message>
        <source>Records received but not applied: stamped too far ahead of this computer&apos;s clock, signed by a device this computer does not know yet, or referring to such a record. Each later import applies those it can. Discard the ones that never will; the computer that sent them still has them.</source>
        <translation>Записи, полученные, но не применённые: их отметка времени намного опережает часы этого компьютера, они подписаны устройством, которого этот компьютер ещё не знает, или ссылаются на такую запись. Каждый следующий импорт применяет те, что может. Удалите те, которые не будут применены никогда; у компьютера, который их отправил, они остаются.</translation>
    </message>
    <message>
        <source>Disc&amp;ard…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (этот компьютер)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer have not been exported yet.</source>
        <translation>
            <numerusform>%n изменение, сделанное на этом компьютере, ещё не экспортировано.</numerusform>
            <numerusform>%n изменения, сделанные на этом компьютере, ещё не экспортированы.</numerusform>
            <numerusform>%n изменений, сделанных на этом компьютере, ещё не экспортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest was made on %1 (%2 ago).</source>
        <translation>Самое раннее сделано %1 (%2 назад).</translation>
    </message>
    <message>
        <source>Every change made on this computer has been exported.</source>
        <translation>Все изменения, сделанные на этом компьютере, экспортированы.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received are held back, kept aside until they can be applied.</source>
        <translation>
            <numerusform>%n полученная запись отложена и хранится, пока её не удастся применить.</numerusform>
            <numerusform>%n полученные записи отложены и хранятся, пока их не удастся применить.</numerusform>
            <numerusform>%n полученных записей отложено и хранится, пока их не удастся применить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No files have been exported or imported yet.</source>
        <translation>Файлы ещё не экспортировались и не импортировались.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock reads %1, but changes from other computers stored here are dated up to %2: its clock is behind. Set its date and time.</source>
        <translation>Часы этого компьютера показывают %1, но изменения с других компьютеров, хранящиеся здесь, датированы вплоть до %2: его часы отстают. Установите дату и время.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock reads %1, before the programme began: set the date and time, or the changes made on it lose against older ones.</source>
        <translation>Часы этого компьютера показывают %1, то есть дату раньше начала программы: установите дату и время, иначе сделанные на нём изменения проиграют более старым.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer are dated up to %1, later than its clock reads now (%2); other computers hold them back until then. If the clock is right now, it was far ahead when they were made: date them again. If it is not, set this computer&apos;s date and time.</source>
        <translation>
            <numerusform>%n изменение, сделанное на этом компьютере, датировано вплоть до %1 — позже, чем сейчас показывают его часы (%2); другие компьютеры откладывают его до этой даты. Если часы сейчас верны, значит, они сильно спешили, когда оно было сделано: передатируйте его. Если нет, установите дату и время этого компьютера.</numerusform>
            <numerusform>%n изменения, сделанные на этом компьютере, датированы вплоть до %1 — позже, чем сейчас показывают его часы (%2); другие компьютеры откладывают их до этой даты. Если часы сейчас верны, значит, они сильно спешили, когда изменения были сделаны: передатируйте их. Если нет, установите дату и время этого компьютера.</numerusform>
            <numerusform>%n изменений, сделанных на этом компьютере, датированы вплоть до %1 — позже, чем сейчас показывают его часы (%2); другие компьютеры откладывают их до этой даты. Если часы сейчас верны, значит, они сильно спешили, когда изменения были сделаны: передатируйте их. Если нет, установите дату и время этого компьютера.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock reads %1. Is that the right date and time?

If it is, %n change(s) dated up to %2 are dated again now and go out with the next export or sync. If it is not, answer No and set the clock first.</source>
        <translation>
            <numerusform>Часы этого компьютера показывают %1. Это верные дата и время?

Если да, %n изменение с датой до %2 будет передатировано сейчас и уйдёт со следующим экспортом или синхронизацией. Если нет, ответьте «Нет» и сначала установите часы.</numerusform>
            <numerusform>Часы этого компьютера показывают %1. Это верные дата и время?

Если да, %n изменения с датами до %2 будут передатированы сейчас и уйдут со следующим экспортом или синхронизацией. Если нет, ответьте «Нет» и сначала установите часы.</numerusform>
            <numerusform>Часы этого компьютера показывают %1. Это верные дата и время?

Если да, %n изменений с датами до %2 будут передатированы сейчас и уйдут со следующим экспортом или синхронизацией. Если нет, ответьте «Нет» и сначала установите часы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-date changes</source>
        <translation>Передатировать изменения</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) dated again with this computer&apos;s clock; the next export or sync sends them.</source>
        <translation>
            <numerusform>%n изменение передатировано по часам этого компьютера; следующий экспорт или синхронизация отправит его.</numerusform>
            <numerusform>%n изменения передатированы по часам этого компьютера; следующий экспорт или синхронизация отправит их.</numerusform>
            <numerusform>%n изменений передатировано по часам этого компьютера; следующий экспорт или синхронизация отправит их.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Головной офис</translation>
    </message>
    <message>
        <source>%1 — last export: %2</source>
        <translation>%1 — последний экспорт: %2</translation>
    </message>
    <message>
        <source>Central file %1 — last sync: %2</source>
        <translation>Центральный файл %1 — последняя синхронизация: %2</translation>
    </message>
    <message>
        <source>%1 — last file imported: %2</source>
        <translation>%1 — последний импортированный файл: %2</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>&amp;Конфликты</translation>
    </message>
    <message>
        <source>&amp;Held back</source>
        <translation>&amp;Отложенные</translation>
    </message>
    <message>
        <source>(no central file chosen yet)</source>
        <translation>(центральный файл ещё не выбран)</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation>Показать &amp;решённые конфликты</translation>
    </message>
    <message>
        <source>&amp;Undo resolution</source>
        <translation>&amp;Отменить решение</translation>
    </message>
    <message>
        <source>&amp;Keep the other version</source>
        <translation>Оставить д&amp;ругую версию</translation>
    </message>
    <message>
        <source>Keep &amp;this version</source>
        <translation>Оставить &amp;эту версию</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Дубликаты</translation>
    </message>
    <message>
        <source>Organizations without a BIN whose names look alike in the same region. Merge the ones that are really the same organization.</source>
        <translation>Организации без БИН с похожими наименованиями в одном регионе. Объедините те, что на самом деле являются одной организацией.</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>Объ&amp;единить с…</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <source>%1 — the resolution was undone: the values it replaced are back and the conflict is open again.</source>
        <translation>%1 — решение отменено: заменённые им значения возвращены, конфликт снова открыт.</translation>
    </message>
    <message>
        <source>No open conflicts: no version of any record was overwritten by a concurrent edit.</source>
        <translation>Открытых конфликтов нет: ни одна версия записи не была перезаписана параллельным изменением.</translation>
    </message>
    <message>
        <source>Select a conflict to compare the two versions.</source>
        <translation>Выберите конфликт, чтобы сравнить две версии.</translation>
    </message>
    <message>
        <source>%1: %2. This version was saved on %3 by %4, the other one on %5 by %6. Highlighted fields differ.</source>
        <translation>%1: %2. Эта версия сохранена %3 (%4), другая — %5 (%6). Выделенные поля различаются.</translation>
    </message>
    <message>
        <source>Resolved: the other version was kept.</source>
        <translation>Решён: оставлена другая версия.</translation>
    </message>
    <message>
        <source>Resolved: this version was kept.</source>
        <translation>Решён: оставлена эта версия.</translation>
    </message>
    <message>
        <source>%1 — the other version is now the current one.</source>
        <translation>%1 — теперь действует другая версия.</translation>
    </message>
    <message>
        <source>%1 — this version was kept.</source>
        <translation>%1 — оставлена эта версия.</translation>
    </message>
    <message>
        <source>Discard held records</source>
        <translation>Удалить отложенные записи</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n held record(s)? This computer will not apply them, even once it could. The computer that sent them still has them and may send them again.</source>
        <translation>
            <numerusform>Удалить %n отложенную запись? Этот компьютер не применит её, даже когда сможет. У компьютера, который её отправил, она остаётся, и он может отправить её снова.</numerusform>
            <numerusform>Удалить %n отложенные записи? Этот компьютер не применит их, даже когда сможет. У компьютера, который их отправил, они остаются, и он может отправить их снова.</numerusform>
            <numerusform>Удалить %n отложенных записей? Этот компьютер не применит их, даже когда сможет. У компьютера, который их отправил, они остаются, и он может отправить их снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held record(s) discarded.</source>
        <translation>
            <numerusform>%n отложенная запись удалена.</numerusform>
            <numerusform>%n отложенные записи удалены.</numerusform>
            <numerusform>%n отложенных записей удалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge organizations</source>
        <translation>Объединение организаций</translation>
    </message>
    <message>
        <source>«%1» and «%2» look like the same organization. Which one stays? The other one is merged into it: its consultations, contacts and memberships move over, and the merge reaches the other computers with the next sync. This cannot be undone.</source>
        <translation>«%1» и «%2» похожи на одну и ту же организацию. Какую оставить? Другая будет объединена с ней: её консультации, контакты и участие в инициативах перейдут к оставленной, а объединение попадёт на другие компьютеры при следующей синхронизации. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Keep «%1»</source>
        <translation>Оставить «%1»</translation>
    </message>
    <message>
        <source>«%1» was merged into «%2».</source>
        <translation>«%1» объединена с «%2».</translation>
    </message>
</context>
<context>
    <name>TripEditor</name>
    <message>
        <source>New trip</source>
        <translation>Новый выезд</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Этап</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Н&amp;ачало</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Окончание</translation>
    </message>
    <message>
        <source>Re&amp;gions</source>
        <translation>&amp;Регионы</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Цель</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <source>This computer: %1. Read the fingerprint above aloud when head office enrols it, group by group.</source>
        <translation>Этот компьютер: %1. Когда головной офис будет его регистрировать, зачитайте отпечаток выше вслух, группа за группой.</translation>
    </message>
    <message>
        <source>Not in a programme yet: sync files are written unsigned and unencrypted. A consultant joins with the programme file from head office; head office creates the programme once.</source>
        <translation>Пока не в программе: файлы синхронизации записываются без подписи и без шифрования. Консультант вступает в программу с файлом программы от головного офиса; головной офис создаёт программу один раз.</translation>
    </message>
    <message>
        <source>Programme «%1»: this computer is head office.</source>
        <translation>Программа «%1»: этот компьютер — головной офис.</translation>
    </message>
    <message>
        <source>Programme «%1»: head office has revoked this computer; its files are refused.</source>
        <translation>Программа «%1»: головной офис отозвал этот компьютер; его файлы не принимаются.</translation>
    </message>
    <message>
        <source>Programme «%1»: not enrolled yet. Save the device card and give it to head office (or send a first sync file), then compare the fingerprint by phone.</source>
        <translation>Программа «%1»: компьютер ещё не зарегистрирован. Сохраните карточку устройства и передайте её головному офису (или отправьте первый файл синхронизации), затем сверьте отпечаток по телефону.</translation>
    </message>
    <message>
        <source>Programme «%1», role: %2. Head office&apos;s fingerprint: %3.</source>
        <translation>Программа «%1», роль: %2. Отпечаток головного офиса: %3.</translation>
    </message>
    <message>
        <source>Load a newer programme &amp;file…</source>
        <translation>Загрузить более новый &amp;файл программы…</translation>
    </message>
    <message>
        <source>Join a programme</source>
        <translation>Вступление в программу</translation>
    </message>
    <message>
        <source>ClusterDesk programme files (*.cdprogramme *.json);;All files (*)</source>
        <translation>Файлы программы ClusterDesk (*.cdprogramme *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Joined the programme «%1». Save the device card and give it to head office.</source>
        <translation>Компьютер вступил в программу «%1». Сохраните карточку устройства и передайте её головному офису.</translation>
    </message>
    <message>
        <source>Save device card</source>
        <translation>Сохранение карточки устройства</translation>
    </message>
    <message>
        <source>ClusterDesk device cards (*.cdcard)</source>
        <translation>Карточки устройств ClusterDesk (*.cdcard)</translation>
    </message>
    <message>
        <source>Device card written to %1. Give it to head office and read your fingerprint %2 to them by phone.</source>
        <translation>Карточка устройства записана в %1. Передайте её головному офису и зачитайте им по телефону свой отпечаток %2.</translation>
    </message>
    <message>
        <source>Programme «%1» created; this computer is its head office. Export the programme file for the consultants.</source>
        <translation>Программа «%1» создана; этот компьютер — её головной офис. Экспортируйте файл программы для консультантов.</translation>
    </message>
    <message>
        <source>Export programme file</source>
        <translation>Экспорт файла программы</translation>
    </message>
    <message>
        <source>ClusterDesk programme files (*.cdprogramme)</source>
        <translation>Файлы программы ClusterDesk (*.cdprogramme)</translation>
    </message>
    <message numerus="yes">
        <source>Programme file written to %1 (%n person(s) in it). A consultant joins with it after comparing head office&apos;s fingerprint by phone.</source>
        <translation>
            <numerusform>Файл программы записан в %1 (в нём %n человек). Консультант вступает в программу с ним, сверив отпечаток головного офиса по телефону.</numerusform>
            <numerusform>Файл программы записан в %1 (в нём %n человек). Консультант вступает в программу с ним, сверив отпечаток головного офиса по телефону.</numerusform>
            <numerusform>Файл программы записан в %1 (в нём %n человек). Консультант вступает в программу с ним, сверив отпечаток головного офиса по телефону.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol from device card</source>
        <translation>Регистрация по карточке устройства</translation>
    </message>
    <message>
        <source>Device cards or sync files (*.cdcard *.card *.json *.cdsync);;All files (*)</source>
        <translation>Карточки устройств или файлы синхронизации (*.cdcard *.card *.json *.cdsync);;Все файлы (*)</translation>
    </message>
    <message>
        <source>«%1» enrolled as %2. The new device list travels in every file head office sends.</source>
        <translation>«%1» зарегистрировано, роль: %2. Новый список устройств уходит с каждым файлом, который отправляет головной офис.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Отзыв устройства</translation>
    </message>
    <message>
        <source>Revoke «%1»? Its files are refused from now on — here at once, on the other computers with the next file head office sends.</source>
        <translation>Отозвать «%1»? Его файлы больше не принимаются — здесь сразу, на других компьютерах со следующим файлом головного офиса.</translation>
    </message>
    <message>
        <source>«%1» is revoked.</source>
        <translation>«%1» отозвано.</translation>
    </message>
    <message>
        <source>Rotate head office key</source>
        <translation>Смена ключа головного офиса</translation>
    </message>
    <message>
        <source>Make a new key for head office? The old key vouches for the new one in the next device list, so the consultants&apos; computers accept it; tell them the new fingerprint.</source>
        <translation>Создать новый ключ головного офиса? Старый ключ заверит новый в следующем списке устройств, поэтому компьютеры консультантов его примут; сообщите им новый отпечаток.</translation>
    </message>
    <message>
        <source>Head office&apos;s new fingerprint: %1.</source>
        <translation>Новый отпечаток головного офиса: %1.</translation>
    </message>
    <message>
        <source>Unencrypted files are refused from now on.</source>
        <translation>Отныне незашифрованные файлы не принимаются.</translation>
    </message>
    <message>
        <source>Unencrypted files are accepted again.</source>
        <translation>Незашифрованные файлы снова принимаются.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Device key fingerprint:</source>
        <translation>Отпечаток ключа устройства:</translation>
    </message>
    <message>
        <source>&amp;Join programme…</source>
        <translation>&amp;Вступить в программу…</translation>
    </message>
    <message>
        <source>Save device &amp;card…</source>
        <translation>Сохранить &amp;карточку устройства…</translation>
    </message>
    <message>
        <source>C&amp;reate programme…</source>
        <translation>&amp;Создать программу…</translation>
    </message>
    <message>
        <source>Programme and devices</source>
        <translation>Программа и устройства</translation>
    </message>
    <message>
        <source>E&amp;xport programme file…</source>
        <translation>&amp;Экспорт файла программы…</translation>
    </message>
    <message>
        <source>R&amp;otate head office key…</source>
        <translation>Сменить &amp;ключ головного офиса…</translation>
    </message>
    <message>
        <source>Require &amp;encrypted files</source>
        <translation>Принимать только &amp;зашифрованные файлы</translation>
    </message>
    <message>
        <source>&amp;Enrol from device card…</source>
        <translation>&amp;Зарегистрировать по карточке…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
</context>
<context>
    <name>_Confirm</name>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
</context>
</TS>
