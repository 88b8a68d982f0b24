#include "ui/chair/ChairWidgets.h"

#include <QPushButton>

namespace tf {

QPushButton *chairButton(QWidget *parent, const QString &text, const char *objectName,
    const QString &tip, const QKeySequence &key)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    b->setShortcut(key);
    b->setToolTip(key.isEmpty()
            ? tip
            : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return b;
}

} // namespace tf
