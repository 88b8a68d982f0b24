#pragma once

#include <QWidget>

namespace tf {

// The entry page of one role's view (chair, secretary, contact person,
// nurse): what the routine asks of that role.
class RolePage : public QWidget
{
    Q_OBJECT
public:
    RolePage(const QString &title, const QString &duties, QWidget *parent = nullptr);
};

} // namespace tf
