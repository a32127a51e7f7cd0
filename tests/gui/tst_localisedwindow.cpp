// The window as a German user starts it, plus what every user needs whatever the language:
// accessible names on each control, the About box and the list of keyboard shortcuts.
#include "MainWindow.h"
#include "i18n/TranslationLoader.h"
#include "product/ProductInfo.h"

#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestLocalisedWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menusAndButtonsSpeakGerman();
    void qtsOwnButtonsSpeakGerman();
    void everyControlHasAnAccessibleName();
    void aboutShowsVersionAndHistory();
    void shortcutsListMatchesTheMenus();

private:
    std::unique_ptr<MainWindow> makeWindow();
    // Runs check on the next modal dialog, then closes it.
    void onNextDialog(const std::function<void(QDialog *)> &check);

    QTemporaryDir m_dir;
};

void TestLocalisedWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ProductInfo::applyToApplication();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("de"));
}

std::unique_ptr<MainWindow> TestLocalisedWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("history.sqlite")),
        QUrl(QStringLiteral("http://127.0.0.1:9")));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("window not exposed");
    return window;
}

void TestLocalisedWindow::onNextDialog(const std::function<void(QDialog *)> &check)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [timer, check] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            check(dialog);
            dialog->reject();
        }
    });
    timer->start(20);
}

void TestLocalisedWindow::menusAndButtonsSpeakGerman()
{
    auto window = makeWindow();
    QStringList menus;
    for (QAction *action : window->menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus,
        (QStringList {QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
            QStringLiteral("&Aufruf"), QStringLiteral("&Hilfe")}));
    QCOMPARE(window->findChild<QPushButton *>(QStringLiteral("sendButton"))->text(),
        QStringLiteral("Validierungsereignis &senden"));
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("exportAllAction"))->text(),
        QStringLiteral("&Alle Aufrufe als CSV exportieren…"));
    QCOMPARE(window->findChild<QPushButton *>(QStringLiteral("cancelButton"))->text(),
        QStringLiteral("Abbrechen"));
}

void TestLocalisedWindow::qtsOwnButtonsSpeakGerman()
{
    auto window = makeWindow();
    QString closeText;
    onNextDialog([&](QDialog *dialog) {
        closeText
            = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->text();
    });
    window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QCOMPARE(closeText, QStringLiteral("Schließen"));
}

void TestLocalisedWindow::everyControlHasAnAccessibleName()
{
    auto window = makeWindow();
    QStringList unnamed;
    int checked = 0;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(window.get()))
            continue;
        ++checked;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QVERIFY2(checked >= 12, qPrintable(QString::number(checked))); // fields, buttons, table...
    QCOMPARE(QAccessible::queryAccessibleInterface(
                 window->findChild<QWidget *>(QStringLiteral("searchEdit")))
                 ->text(QAccessible::Name),
        QStringLiteral("Verlauf durchsuchen"));
}

void TestLocalisedWindow::aboutShowsVersionAndHistory()
{
    auto window = makeWindow();
    QString version;
    QString history;
    onNextDialog([&](QDialog *dialog) {
        version = dialog->findChild<QLabel *>(QStringLiteral("versionLabel"))->text();
        history = dialog->findChild<QLabel *>(QStringLiteral("historyLabel"))->text();
    });
    window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QCOMPARE(version,
        QStringLiteral(
            "Version " WEBHOOK_DIAG_VERSION " (Qt %1; erstellt mit Qt " QT_VERSION_STR ")")
            .arg(QString::fromLatin1(qVersion())));
    QCOMPARE(
        history, QStringLiteral("Verlauf: ") + m_dir.filePath(QStringLiteral("history.sqlite")));
}

void TestLocalisedWindow::shortcutsListMatchesTheMenus()
{
    auto window = makeWindow();
    QMap<QString, QString> rows;
    onNextDialog([&](QDialog *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        for (int row = 0; row < table->rowCount(); ++row)
            rows.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    });
    QTest::keyClick(window.get(), Qt::Key_F1);
    QTRY_VERIFY(!rows.isEmpty());
    QCOMPARE(
        rows.value(QStringLiteral("Validierungsereignis senden")), QStringLiteral("Strg+Return"));
    QCOMPARE(rows.value(QStringLiteral("Aufruf abbrechen")), QStringLiteral("Esc"));
    QCOMPARE(rows.value(QStringLiteral("Tastenkombinationen")), QStringLiteral("F1"));
    QCOMPARE(rows.value(QStringLiteral("Aufruf wiederholen")), QStringLiteral("Strg+R"));
    QCOMPARE(rows.value(QStringLiteral("Zustellstatus prüfen")), QStringLiteral("Strg+D"));
    QCOMPARE(rows.value(QStringLiteral("Webhook-Registrierung prüfen…")), QStringLiteral("Strg+G"));
    QCOMPARE(rows.size(), 13); // every menu action that has a shortcut
}

QTEST_MAIN(TestLocalisedWindow)
#include "tst_localisedwindow.moc"
