#pragma once

#include <QDoubleSpinBox>

namespace tf {

// Accepts a decimal point as well as the Swedish decimal comma, so "20.5"
// typed from habit is not silently read as 20.
class DecimalSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QValidator::State validate(QString &input, int &pos) const override;
    double valueFromText(const QString &text) const override;
};

} // namespace tf
