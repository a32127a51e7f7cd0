#include <QTest>

class TestSendthrottle : public QObject
{
    Q_OBJECT

private slots:
    void placeholder() { }
};

QTEST_GUILESS_MAIN(TestSendthrottle)
#include "tst_sendthrottle.moc"
