#pragma once

#include "domain/Unit.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace tf {

// A new unit (avdelning, grupp, boende): its name and service type.
class UnitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnitDialog(QWidget *parent = nullptr);
    Unit unit() const;

private:
    QLineEdit *m_name;
    QComboBox *m_type;
};

} // namespace tf
