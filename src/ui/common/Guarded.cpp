#include "ui/common/Guarded.h"

#include "domain/StorageError.h"
#include "ui/common/MessageBox.h"

#include <QCoreApplication>
#include <QtDebug>

#include <new>

namespace tf {

QString failureText(const std::exception_ptr &failure)
{
    try {
        std::rethrow_exception(failure);
    } catch (const StorageError &error) {
        qWarning("storage error %s (kind %d)", qPrintable(error.nativeCode()),
            static_cast<int>(error.kind()));
        return error.userMessage();
    } catch (const std::bad_alloc &) {
        qCritical("out of memory");
        return QCoreApplication::translate("tf::Guarded",
            "The computer ran out of memory. Save what you can and restart Teamforum.");
    } catch (const std::exception &error) {
        qCritical("unexpected failure: %s", error.what());
    } catch (...) {
        qCritical("unexpected failure of unknown type");
    }
    return QCoreApplication::translate("tf::Guarded",
        "Something unexpected went wrong, and the last step may not have been saved. "
        "Check it, and tell whoever looks after Teamforum if it happens again.");
}

bool runGuarded(QWidget *parent, const QString &title, const std::function<void()> &work)
{
    try {
        work();
        return true;
    } catch (...) {
        MessageBox::error(parent, title, failureText(std::current_exception()));
        return false;
    }
}

} // namespace tf
