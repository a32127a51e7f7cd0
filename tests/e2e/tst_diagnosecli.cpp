#include <QTest>

class TestDiagnosecli : public QObject
{
    Q_OBJECT

private slots:
    void placeholder() { }
};

QTEST_GUILESS_MAIN(TestDiagnosecli)
#include "tst_diagnosecli.moc"
