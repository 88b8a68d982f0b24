#pragma once

#include <QApplication>

namespace tf {

// The program's application object. A failure that escapes a slot or an
// event handler (a read that failed in a view) would otherwise end the
// program with the secretary's meeting open; here it is logged and shown in
// Swedish, and the program goes on. Views still handle their own failures
// with runGuarded; this is the last resort.
class GuardedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override;
};

} // namespace tf
