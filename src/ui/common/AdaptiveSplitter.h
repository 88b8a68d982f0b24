#pragma once

#include <QSplitter>

namespace tf {

// A splitter that puts its parts side by side where they fit and one above
// the other where they do not: on a laptop at 150 % a view of a calendar and
// a meeting, or of three lists, would otherwise be wider than the window and
// the whole page would scroll sideways. It asks only for the width of its
// widest part; the user's own dragging works in either orientation.
class AdaptiveSplitter : public QSplitter
{
    Q_OBJECT
public:
    explicit AdaptiveSplitter(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

    // The width the parts need side by side.
    int sideBySideWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void fitOrientation(int width);
};

} // namespace tf
