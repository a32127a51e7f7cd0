#pragma once

#include <QStyledItemDelegate>

// Draws the history table's Status column with the outcome's icon, so errors stand out
// without relying on colour.
class HistoryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
