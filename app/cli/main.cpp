#include "CliApplication.h"
#include "i18n/TranslationLoader.h"
#include "product/ProductInfo.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    ProductInfo::applyToApplication();
    TranslationLoader::install(application);

    CliApplication cli(stdout, stderr, stdin);
    return cli.run(QCoreApplication::arguments());
}
