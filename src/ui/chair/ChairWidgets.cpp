#include "ui/chair/ChairWidgets.h"

#include <QPushButton>
#include <QShortcut>

namespace tf {

QPushButton *chairButton(QWidget *parent, const QString &text, const char *objectName,
    const QString &tip, const QKeySequence &key)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    // QAbstractButton::setShortcut() would replace the mnemonic of the text
    // (Alt+letter), so the extra key is a shortcut of its own.
    if (!key.isEmpty()) {
        auto *shortcut = new QShortcut(key, b);
        QObject::connect(shortcut, &QShortcut::activated, b, [b] {
            if (b->isEnabled())
                b->animateClick();
        });
    }
    b->setToolTip(key.isEmpty()
            ? tip
            : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return b;
}

} // namespace tf
