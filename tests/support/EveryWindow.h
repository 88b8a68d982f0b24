#pragma once

#include "domain/Action.h"
#include "support/MinutesFixture.h"

#include <QSize>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QWidget;

namespace tf {
class MainWindow;
class Workspace;
} // namespace tf

namespace tf::test {

// What every window of the program needs to show something: the minutes
// fixture and a decided action with feedback to the client. The nurse acts.
struct EveryWindowData
{
    MinutesFixture fixture;
    Action decision;
    qint64 actionId = 0;
    qint64 samordningsmoteId = 0; // of the fixture's unit, for the riskindivider
};
EveryWindowData prepareEveryWindow(Workspace &workspace);

// Shows the main window (1366×768, the nurse signed in) on each view in turn,
// the chair's and meeting mode's on the fixture's meeting, and calls visit
// with the view's name once it is the shown page.
// size: the window's size in logical pixels.
void forEachView(Workspace &workspace, const EveryWindowData &data,
    const std::function<void(MainWindow &window, const QString &viewName, QWidget *view)> &visit,
    QSize size = QSize(1366, 768));

// Every dialog the views open, built and not yet shown, with its name.
using NamedDialogs = std::vector<std::pair<QString, std::unique_ptr<QWidget>>>;
NamedDialogs everyDialog(Workspace &workspace, const EveryWindowData &data);

} // namespace tf::test
