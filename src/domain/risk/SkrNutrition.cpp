// The SKR nutrition questions (Kunskapsguiden, Bedömning och utredning av
// risk för undernäring): any "ja" means risk, so investigate the nutritional
// state. Underweight is BMI < 20 under 70 years, BMI < 22 from 70 years.
#include "domain/risk/RiskInstrument.h"

namespace tf {

namespace {
bool evaluateSkrNutrition(const RiskValues &values, RiskResult *result, QString *)
{
    const double bmi = values.numbers.value(QStringLiteral("bmi"));
    const double age = values.numbers.value(QStringLiteral("age"));
    const bool underweight = bmi < (age < 70 ? 20.0 : 22.0);
    result->score.reset();
    result->risk = values.sum() > 0 || underweight;
    result->level = result->risk ? QStringLiteral("risk") : QStringLiteral("no_risk");
    return true;
}
} // namespace

const RiskInstrument &skrNutritionInstrument()
{
    static const RiskInstrument instrument = [] {
        RiskInstrument s;
        s.key = QStringLiteral("skr_nutrition");
        s.name = QStringLiteral("SKR:s frågor om risk för undernäring");
        s.area = QStringLiteral("Nutrition");
        s.version = QStringLiteral("SKR patientsäkerhet nutrition");
        s.cutOff = QStringLiteral("Minst ett ja = risk för undernäring: utred nutritionsstatus. "
                                  "Undervikt: BMI under 20 före 70 års ålder, under 22 från 70 "
                                  "år.");
        s.source = QStringLiteral("Kunskapsguiden: Bedömning och utredning av risk för "
                                  "undernäring.");
        s.verbatimTexts = true;
        RiskItem weight {QStringLiteral("unintendedWeightLoss"),
            QStringLiteral("Ofrivillig viktförlust (oavsett tid och omfång)?"),
            RiskItemKind::YesNo};
        weight.yesPoints = 1;
        RiskItem eating {QStringLiteral("eatingDifficulties"),
            QStringLiteral("Ätsvårigheter (till exempel dålig aptit, tugg- eller "
                           "sväljproblem)?"),
            RiskItemKind::YesNo};
        eating.yesPoints = 1;
        RiskItem bmi {QStringLiteral("bmi"), QStringLiteral("BMI"), RiskItemKind::Number};
        bmi.minimum = 8;
        bmi.maximum = 80;
        bmi.unit = QStringLiteral("kg/m²");
        RiskItem age {QStringLiteral("age"), QStringLiteral("Ålder"), RiskItemKind::Number};
        age.minimum = 0;
        age.maximum = 130;
        age.unit = QStringLiteral("år");
        age.ageFromPersonnummer = true;
        s.items = {weight, eating, bmi, age};
        s.levels = {{QStringLiteral("risk"), QStringLiteral("Risk för undernäring")},
            {QStringLiteral("no_risk"), QStringLiteral("Ingen risk för undernäring")}};
        s.evaluate = evaluateSkrNutrition;
        return s;
    }();
    return instrument;
}

} // namespace tf
