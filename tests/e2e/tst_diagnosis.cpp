#include <QTest>

class TestDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void placeholder() { }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
