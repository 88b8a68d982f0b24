#pragma once

#include <QString>

#include <exception>
#include <functional>

class QWidget;

namespace tf {

// The one way views run storage work and show its failure: the work runs,
// and a failure becomes a Swedish message box titled `title` (Storage
// errors carry their own Swedish text; anything else gets a general one and
// goes to the log). Returns whether the work went through.
bool runGuarded(QWidget *parent, const QString &title, const std::function<void()> &work);

// The Swedish text for a failure that reached the user, and its log line.
QString failureText(const std::exception_ptr &failure);

} // namespace tf
