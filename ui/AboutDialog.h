#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

// Help → About: version, Qt version, licence and where the history is kept, with a button that
// opens that folder in the file manager.
class AboutDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const QString &historyPath, QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
