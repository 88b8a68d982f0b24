#include "ui/common/ScreenReaderLabel.h"

#include <QLabel>
#include <QString>

namespace tf {

void labelForScreenReaders(QWidget *field, const QString &text)
{
    field->setAccessibleName(text);
    auto *label = new QLabel(text, field->parentWidget());
    label->setObjectName(field->objectName() + QStringLiteral("ScreenReaderLabel"));
    label->setBuddy(field);
    label->hide();
    QObject::connect(field, &QObject::destroyed, label, &QObject::deleteLater);
}

} // namespace tf
