#include <QTest>

class TestRetrypolicy : public QObject
{
    Q_OBJECT

private slots:
    void placeholder() { }
};

QTEST_GUILESS_MAIN(TestRetrypolicy)
#include "tst_retrypolicy.moc"
