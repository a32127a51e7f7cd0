#include "HistoryItemDelegate.h"

#include "OutcomeStyle.h"
#include "history/HistorySort.h"
#include "history/HistoryTableModel.h"

void HistoryItemDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != int(HistoryColumn::Status))
        return;
    const QVariant outcome = index.data(HistoryTableModel::OutcomeRole);
    if (!outcome.isValid())
        return;
    option->icon = OutcomeStyle::icon(Outcome(outcome.toInt()));
    option->features |= QStyleOptionViewItem::HasDecoration;
}
