#pragma once

#include <QStackedWidget>

namespace tf {

// Pages of which one is shown, asking only for the room the shown page
// needs: a QStackedWidget asks for its largest page's, so one wide view made
// the main window too wide for a laptop at 150 % whichever view was shown.
class CurrentPageStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit CurrentPageStack(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace tf
