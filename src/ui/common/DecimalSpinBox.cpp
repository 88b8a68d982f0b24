#include "ui/common/DecimalSpinBox.h"

namespace tf {

QValidator::State DecimalSpinBox::validate(QString &input, int &pos) const
{
    input.replace(QLatin1Char('.'), locale().decimalPoint());
    return QDoubleSpinBox::validate(input, pos);
}

double DecimalSpinBox::valueFromText(const QString &text) const
{
    QString fixed = text;
    fixed.replace(QLatin1Char('.'), locale().decimalPoint());
    return QDoubleSpinBox::valueFromText(fixed);
}

} // namespace tf
