#pragma once

#include <QBoxLayout>

namespace tf {

// A row of groups (a label with its field, a pair of clocks) that puts the
// groups one below the other when the row is narrower than their preferred
// widths side by side, and back in a row when there is room. Unlike FlowLayout its
// items keep their stretch, so a combo box still takes the row's width.
class WrappingRowLayout : public QBoxLayout
{
public:
    explicit WrappingRowLayout(QWidget *parent = nullptr);

    // As wide as the widest group: the row wraps rather than asking the
    // window for the width of all groups together.
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

    // The width the groups prefer side by side.
    int sideBySideWidth() const;
};

} // namespace tf
