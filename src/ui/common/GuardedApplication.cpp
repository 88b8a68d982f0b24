#include "ui/common/GuardedApplication.h"

#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"

namespace tf {

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (...) {
        const QString text = failureText(std::current_exception());
        MessageBox::error(activeWindow(), QStringLiteral("Teamforum"), text);
        return false;
    }
}

} // namespace tf
