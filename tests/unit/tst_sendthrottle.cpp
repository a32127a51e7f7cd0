// SendThrottle with an explicit clock: Partner Center's 2 test events per minute, the wait until
// the next call fits, and send times that are unsorted, old or in the future.
#include "api/SendThrottle.h"

#include <QTest>

namespace {

const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(10, 0, 0), Qt::UTC);

// Send times as offsets from Now in milliseconds (negative: in the past).
QList<QDateTime> at(const QList<qint64> &offsetsMs)
{
    QList<QDateTime> times;
    for (const qint64 offset : offsetsMs)
        times.append(Now.addMSecs(offset));
    return times;
}

} // namespace

class TestSendthrottle : public QObject
{
    Q_OBJECT

private slots:
    void limits();
    void waitBeforeNext_data();
    void waitBeforeNext();
    void sendsInOtherTimeZonesCount();
    void waitIsNeverLongerThanTheWindow();
};

void TestSendthrottle::limits()
{
    QCOMPARE(SendThrottle::EventsPerWindow, 2);
    QCOMPARE(SendThrottle::Window.count(), qint64(60000));
}

void TestSendthrottle::waitBeforeNext_data()
{
    QTest::addColumn<QList<qint64>>("sends"); // offsets from now, ms
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("none") << QList<qint64> {} << qint64(0);
    QTest::newRow("one just now") << QList<qint64> {0} << qint64(0);
    QTest::newRow("one 10 s ago") << QList<qint64> {-10000} << qint64(0);
    // The second most recent leaves the window at its time + 60 s.
    QTest::newRow("two, 10 s and 20 s ago") << QList<qint64> {-10000, -20000} << qint64(40000);
    QTest::newRow("two just now") << QList<qint64> {0, 0} << qint64(60000);
    QTest::newRow("two, 1 ms and 59.999 s ago") << QList<qint64> {-1, -59999} << qint64(1);
    QTest::newRow("three, 5, 10 and 20 s ago")
        << QList<qint64> {-5000, -10000, -20000} << qint64(50000);
    QTest::newRow("three, 10, 20 and 30 s ago, oldest first")
        << QList<qint64> {-30000, -20000, -10000} << qint64(40000);
    // Exactly 60 s ago is outside the window.
    QTest::newRow("one exactly 60 s ago and one 10 s ago")
        << QList<qint64> {-60000, -10000} << qint64(0);
    QTest::newRow("two exactly 60 s ago") << QList<qint64> {-60000, -60000} << qint64(0);
    QTest::newRow("older ones ignored")
        << QList<qint64> {-3600000, -61000, -60000, -30000} << qint64(0);
    QTest::newRow("older ones ignored, two recent")
        << QList<qint64> {-3600000, -61000, -45000, -15000} << qint64(15000);
    QTest::newRow("unsorted") << QList<qint64> {-20000, -5000, -40000} << qint64(40000);
    QTest::newRow("unsorted with duplicates")
        << QList<qint64> {-50000, -7000, -50000, -7000} << qint64(53000);
    // Clock skew: a send time ahead of now (another machine, the clock set back) counts as a
    // recent send; the wait can still never be longer than the window itself.
    QTest::newRow("one in the future") << QList<qint64> {5000} << qint64(0);
    QTest::newRow("one in the future, one 30 s ago")
        << QList<qint64> {5000, -30000} << qint64(30000);
    QTest::newRow("two in the future") << QList<qint64> {10000, 20000} << qint64(60000);
    QTest::newRow("two an hour ahead") << QList<qint64> {3600000, 3600000} << qint64(60000);
}

void TestSendthrottle::waitBeforeNext()
{
    QFETCH(QList<qint64>, sends);
    QFETCH(qint64, expectedMs);
    const std::chrono::milliseconds wait = SendThrottle::waitBeforeNext(at(sends), Now);
    QCOMPARE(wait.count(), expectedMs);

    // Sent in any order, the answer is the same.
    QList<QDateTime> reversed = at(sends);
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(SendThrottle::waitBeforeNext(reversed, Now).count(), expectedMs);
}

void TestSendthrottle::sendsInOtherTimeZonesCount()
{
    // Times are compared as instants, whatever zone they carry.
    const QList<QDateTime> sends {
        Now.addSecs(-10).toOffsetFromUtc(3600),
        Now.addSecs(-20).toOffsetFromUtc(-5 * 3600),
    };
    QCOMPARE(SendThrottle::waitBeforeNext(sends, Now).count(), qint64(40000));
    QCOMPARE(
        SendThrottle::waitBeforeNext(sends, Now.toOffsetFromUtc(9 * 3600)).count(), qint64(40000));
}

void TestSendthrottle::waitIsNeverLongerThanTheWindow()
{
    // Whatever the history says, a minute's wait always makes room (each call waits at most
    // one window), so no answer may ask for more.
    const QList<qint64> offsets {-59000, -30000, -1, 0, 1, 30000, 120000, 86400000};
    for (const qint64 a : offsets) {
        for (const qint64 b : offsets) {
            const qint64 wait = SendThrottle::waitBeforeNext(at({a, b}), Now).count();
            QVERIFY2(wait >= 0 && wait <= SendThrottle::Window.count(),
                qPrintable(QStringLiteral("sends at %1 ms and %2 ms: wait %3 ms")
                               .arg(a)
                               .arg(b)
                               .arg(wait)));
        }
    }
}

QTEST_GUILESS_MAIN(TestSendthrottle)
#include "tst_sendthrottle.moc"
