#pragma once

#include <QKeySequence>
#include <QString>

class QPushButton;
class QWidget;

namespace tf {

// A push button of the chair's view: accessible name from the text (without
// the mnemonic and ellipsis), and the shortcut, if any, shown in the tooltip.
QPushButton *chairButton(QWidget *parent, const QString &text, const char *objectName,
    const QString &tip, const QKeySequence &key = {});

} // namespace tf
