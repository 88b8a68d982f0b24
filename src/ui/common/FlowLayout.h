#pragma once

#include <QLayout>
#include <QList>

namespace tf {

// Lays its widgets out in a row, left to right, and goes on in a new row
// below when the next one would not fit: a row of buttons stays whole and
// readable in a narrow window or at 150–200 % scale instead of squeezing
// each button until its text is cut off. Each widget keeps its size hint.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (or only measures when place is false) and
    // returns the height the rows take.
    int arrange(const QRect &rect, bool place) const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
    int m_width = 0; // the width last given, whose rows set the minimum height
};

} // namespace tf
