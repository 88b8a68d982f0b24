#pragma once

#include <QStyledItemDelegate>

namespace tf {

// Draws each item's HTML (from htmlRole) instead of its plain text, so a
// list can show words in bold; the plain text stays for screen readers.
class RichTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit RichTextDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
};

} // namespace tf
