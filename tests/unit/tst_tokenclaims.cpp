#include "token/TokenClaims.h"

#include <QTest>

class TestTokenClaims : public QObject
{
    Q_OBJECT

private slots:
    void notAJwt() { QVERIFY(!TokenClaims::decode(u"abc").readable); }
};

QTEST_GUILESS_MAIN(TestTokenClaims)
#include "tst_tokenclaims.moc"
