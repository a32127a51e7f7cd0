#pragma once

#include <QDialog>

class QAction;

// Help → Keyboard shortcuts: every menu action that has a shortcut, read from the actions
// themselves so the list can never disagree with the menus.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};
