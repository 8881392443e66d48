// Table-driven test of every phrase in the header table of grammar/time_rules_def.hpp: each row is
// a sentence of invented news copy, the text the extractor must find in it, and the TIMEX3 type,
// value and mod it must normalize to against a fixed reference date (Saturday 4 December 2021).

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/extract.hpp"

namespace factcheck::grammar {
namespace {

using namespace std::chrono;

struct phrase_case {
  const char* sentence;
  const char* text;
  const char* type;
  const char* value;
  const char* mod;
};

time_context reference_context() {
  time_context c;
  c.reference = year{2021} / December / 4;  // a Saturday
  return c;
}

// Reference: Saturday 2021-12-04 (ISO week 2021-W48).
const phrase_case kPhrases[] = {
    // date
    {"The summit opened on December 04, 2021 in the capital.", "December 04, 2021", "DATE", "2021-12-04", ""},
    {"Ministers meet again on Dec. 4 to review the plan.", "Dec. 4", "DATE", "2021-12-04", ""},
    {"the hearing was moved to april 22, 2022 by the court.", "april 22, 2022", "DATE", "2022-04-22", ""},
    {"filed 4 jan 2019 at the registry.", "4 jan 2019", "DATE", "2019-01-04", ""},
    {"Results were filed Sept. 30, 1998 by the company.", "Sept. 30, 1998", "DATE", "1998-09-30", ""},
    {"The treaty was signed on 4 December 2021 at noon.", "4 December 2021 at noon", "TIME", "2021-12-04T12:00", ""},
    {"Fireworks are planned for the 4th of July in the harbour.", "the 4th of July", "DATE", "2022-07-04", ""},
    {"Saturday, December 9, 2023 was printed on the page.", "Saturday, December 9, 2023", "DATE", "2023-12-09", ""},
    {"The vote is set for Wednesday, Dec. 8 in the chamber.", "Wednesday, Dec. 8", "DATE", "2021-12-08", ""},
    {"Filing date: 2021-12-04, according to the registry.", "2021-12-04", "DATE", "2021-12-04", ""},
    {"Posted December 22, 2021 at 10:45AM by the desk.", "December 22, 2021 at 10:45AM", "TIME", "2021-12-22T10:45", ""},
    {"Published 12:04 GMT, 6 March 2024 by the wire.", "12:04 GMT, 6 March 2024", "TIME", "2024-03-06T12:04", ""},
    {"The log shows 2022-01-27T11:30 as the last entry.", "2022-01-27T11:30", "TIME", "2022-01-27T11:30", ""},
    {"Feed item stamped 2021-12-04T10:00:00Z by the server.", "2021-12-04T10:00:00Z", "TIME", "2021-12-04T10:00", ""},
    {"Feed item stamped 2021-12-04T10:00:00+01:00 by the server.", "2021-12-04T10:00:00+01:00", "TIME", "2021-12-04T10:00", ""},
    // numeric_date
    {"Updated 27.01.22 by the editors.", "27.01.22", "DATE", "2022-01-27", ""},
    {"Updated 27.01.22 11:30 by the editors.", "27.01.22 11:30", "TIME", "2022-01-27T11:30", ""},
    {"The form is dated 05/03/2024 at the top.", "05/03/2024", "DATE", "2024-03-05", ""},
    {"The memo is dated 4-12-2021 in the corner.", "4-12-2021", "DATE", "2021-12-04", ""},
    {"Voting closes on 10/12 in most districts.", "10/12", "DATE", "2021-12-10", ""},
    {"The exhibit ran from 22/11 at the museum.", "22/11", "DATE", "2021-11-22", ""},
    {"The deadline is Friday 10/12, the agency said.", "Friday 10/12", "DATE", "2021-12-10", ""},
    {"The lake stays frozen from jan to mar in most years.", "jan", "DATE", "2022-01", ""},
    {"The lake stays frozen from jan to mar in most years.", "mar", "DATE", "2022-03", ""},
    {"Tourists come between june and august, the guide said.", "june", "DATE", "2021-06", ""},
    {"Tourists come between june and august, the guide said.", "august", "DATE", "2021-08", ""},
    {"The road is shut from Nov to March for repairs.", "Nov", "DATE", "2021-11", ""},
    // month_year
    {"Prices rose in December 2021 across the region.", "December 2021", "DATE", "2021-12", ""},
    {"The plant closed in Jan. 1999 after the strike.", "Jan. 1999", "DATE", "1999-01", ""},
    {"The port reopened in March of 2014 after repairs.", "March of 2014", "DATE", "2014-03", ""},
    {"Output for 2022-01 was revised upward.", "2022-01", "DATE", "2022-01", ""},
    // month
    {"The bridge will open in January to traffic.", "January", "DATE", "2022-01", ""},
    {"Talks stalled in October over funding.", "October", "DATE", "2021-10", ""},
    {"The plant closed last May after a fire.", "last May", "DATE", "2021-05", ""},
    {"The plant reopens next March after repairs.", "next March", "DATE", "2022-03", ""},
    {"Talks began this September in Oslo.", "this September", "DATE", "2021-09", ""},
    {"Exports fell in June last year after the flood.", "June last year", "DATE", "2020-06", ""},
    {"The port reopened in January of this year after repairs.", "January of this year", "DATE", "2021-01", ""},
    {"The envoys expect a deal in May next year at the earliest.", "May next year", "DATE", "2022-05", ""},
    // year
    {"In 2014, the region voted on a new charter.", "2014", "DATE", "2014", ""},
    {"Revenue for fiscal 1999 fell sharply.", "fiscal 1999", "DATE", "1999", ""},
    {"Plans for the year 2000 were drafted early.", "the year 2000", "DATE", "2000", ""},
    // decade
    {"The mill thrived in the 1990s before closing.", "the 1990s", "DATE", "199", ""},
    {"Music from the '80s filled the hall.", "the '80s", "DATE", "198", ""},
    // season
    {"The dam failed last summer after heavy rain.", "last summer", "DATE", "2021-SU", ""},
    {"The dam was repaired this past spring by crews.", "this past spring", "DATE", "2021-SP", ""},
    {"Crews expect the work to finish this winter at the earliest.", "this winter", "DATE", "2022-WI", ""},
    {"The survey began in the spring of 2014 in the north.", "the spring of 2014", "DATE", "2014-SP", ""},
    {"The line will open in fall 2019 as planned.", "fall 2019", "DATE", "2019-FA", ""},
    // quarter
    {"Profit rose in the third quarter on strong sales.", "the third quarter", "DATE", "2021-Q3", ""},
    {"Net fell from the 2020 quarter, when sales were strong.", "the 2020 quarter", "DATE", "2020-Q3", ""},
    {"Costs were lower in the 2020 period, the company said.", "the 2020 period", "DATE", "2020-Q3", ""},
    {"Sales slipped in this year's third quarter at the mill.", "this year's third quarter", "DATE", "2021-Q3", ""},
    {"Orders should recover in next year's first quarter, it said.", "next year's first quarter", "DATE", "2022-Q1", ""},
    {"The firm posted third-quarter earnings of $4 a share.", "third-quarter", "DATE", "2021-Q3", ""},
    {"Sales fell in the fourth quarter of 1998 at the chain.", "the fourth quarter of 1998", "DATE", "1998-Q4", ""},
    {"Shipments in Q3 2021 beat estimates.", "Q3 2021", "DATE", "2021-Q3", ""},
    {"Earnings fell from the 1998 second quarter at the chain.", "the 1998 second quarter", "DATE", "1998-Q2", ""},
    // half
    {"Growth slowed in the first half of 2022 for exporters.", "the first half of 2022", "DATE", "2022-H1", ""},
    {"The firm expects to break even in the second half as costs fall.", "the second half", "DATE", "2021-H2", ""},
    {"First-half profit doubled at the bank.", "First-half", "DATE", "2021-H1", ""},
    // holiday, year end
    {"Shops will close on Christmas Day across the country.", "Christmas Day", "DATE", "2021-12-25", ""},
    {"Families gathered for Thanksgiving Day in the town.", "Thanksgiving Day", "DATE", "2021-11-25", ""},
    {"The tax cut lapses at year-end unless renewed.", "year-end", "DATE", "2021", "END"},
    // clock
    {"The session resumed at 11:30 after a break.", "11:30", "TIME", "2021-12-04T11:30", ""},
    {"Polls close at 10:45AM local time.", "10:45AM", "TIME", "2021-12-04T10:45", ""},
    {"The statement came at 12:04 GMT from the ministry.", "12:04 GMT", "TIME", "2021-12-04T12:04", ""},
    {"Doors open at 10 a.m. for the public.", "10 a.m.", "TIME", "2021-12-04T10:00", ""},
    {"The strike began on the 2nd, the union said.", "the 2nd", "DATE", "2021-12-02", ""},
    {"Invoices dated Nov-2019 were voided.", "Nov-2019", "DATE", "2019-11", ""},
    {"The fund closed in Feb/2020 after losses.", "Feb/2020", "DATE", "2020-02", ""},
    {"The plant reopened in Oct, 2018 with new owners.", "Oct, 2018", "DATE", "2018-10", ""},
    {"Ballots will be counted on the 21st.", "the 21st", "DATE", "2021-12-21", ""},
    {"The vote starts at 5pm sharp.", "5pm", "TIME", "2021-12-04T17:00", ""},
    {"The launch window opens at 7:56:30 pm local time.", "7:56:30 pm", "TIME", "2021-12-04T19:56:30", ""},
    {"The count resumes at 12 noon in the hall.", "12 noon", "TIME", "2021-12-04T12:00", ""},
    {"The crew should arrive at 11ish with the parts.", "11ish", "TIME", "2021-12-04T11:00", "APPROX"},
    {"Lunch is served noonish in the canteen.", "noonish", "TIME", "2021-12-04T12:00", "APPROX"},
    {"Polls close at eight o'clock across the region.", "eight o'clock", "TIME", "2021-12-04T08:00", ""},
    {"The ferry leaves at 9 oclock from the pier.", "9 oclock", "TIME", "2021-12-04T09:00", ""},
    {"The march set off at half past seven from the square.", "half past seven", "TIME", "2021-12-04T07:30", ""},
    {"Sirens sounded at a quarter past 11 downtown.", "a quarter past 11", "TIME", "2021-12-04T11:15", ""},
    {"The curfew begins at midnight in the city.", "midnight", "TIME", "2021-12-04T24:00", ""},
    {"The train left at ten past 9 from the station.", "ten past 9", "TIME", "2021-12-04T09:10", ""},
    {"The blast came at 20 min past eight in the evening, police said.", "20 min past eight in the evening", "TIME",
     "2021-12-04T20:20", ""},
    {"Polls close at a quarter to eight in the evening.", "a quarter to eight in the evening", "TIME",
     "2021-12-04T19:45", ""},
    {"The meeting ended at ten minutes to six, aides said.", "ten minutes to six", "TIME", "2021-12-04T05:50", ""},
    {"The quake struck at 4 in the morning local time.", "4 in the morning", "TIME", "2021-12-04T04:00", ""},
    {"The boat docked at 9 at night after the storm.", "9 at night", "TIME", "2021-12-04T21:00", ""},
    {"The vigil starts at seven p.m. outside the hall.", "seven p.m.", "TIME", "2021-12-04T19:00", ""},
    {"The polls closed at seven p.m. Friday in the state.", "seven p.m. Friday", "TIME", "2021-12-03T19:00", ""},
    {"The call came at one thirty p m on the hotline.", "one thirty p m", "TIME", "2021-12-04T13:30", ""},
    {"The vote closes at 8.10 pm in the chamber.", "8.10 pm", "TIME", "2021-12-04T20:10", ""},
    {"The office opens at 1140 a.m. for visitors.", "1140 a.m.", "TIME", "2021-12-04T11:40", ""},
    {"Guards changed at mid night in the palace.", "mid night", "TIME", "2021-12-04T24:00", ""},
    {"The rally starts in the afternoon at 7 in the park.", "in the afternoon at 7", "TIME", "2021-12-04T19:00", ""},
    // parts of the day
    {"The storm hit in the morning, residents said.", "in the morning", "TIME", "2021-12-04TMO", ""},
    {"Power failed late afternoon across the city.", "late afternoon", "TIME", "2021-12-04TAF", "END"},
    // days and years in words, "of"/"in" before the year, months with separators
    {"The treaty was signed on January first, 2000 in Paris.", "January first, 2000", "DATE", "2000-01-01", ""},
    {"The republic was founded on the fourth of July of 1995, records show.", "the fourth of July of 1995", "DATE",
     "1995-07-04", ""},
    {"The ship sailed on 28 June in 2020 from Oslo.", "28 June in 2020", "DATE", "2020-06-28", ""},
    {"The plant opened on 15 August nineteen ninety three after delays.", "15 August nineteen ninety three", "DATE",
     "1993-08-15", ""},
    {"The lease ran out in October two thousand and five, the filing says.", "October two thousand and five", "DATE",
     "2005-10", ""},
    {"Sales in april 2017 fell sharply.", "april 2017", "DATE", "2017-04", ""},
    {"The results for the year of 2008 were restated.", "the year of 2008", "DATE", "2008", ""},
    {"The form is dated 05-Aug-2016 at the top.", "05-Aug-2016", "DATE", "2016-08-05", ""},
    {"The log shows 2019-aug-1 as the start.", "2019-aug-1", "DATE", "2019-08-01", ""},
    {"The order shipped on 23/Sep/2020, the seller said.", "23/Sep/2020", "DATE", "2020-09-23", ""},
    {"The invoice dated Oct/2 was paid.", "Oct/2", "DATE", "2021-10-02", ""},
    {"Records from Feb 29 were lost in the fire.", "Feb 29", "DATE", "2020-02-29", ""},
    {"He paid $12 December 27 at the shop.", "December 27", "DATE", "2021-12-27", ""},
    // weekday with a day of the month: the nearest month where they agree
    {"Talks resume on Tuesday the 14th in Geneva.", "Tuesday the 14th", "DATE", "2021-12-14", ""},
    {"The ferry sank on Mon 13th, the coast guard said.", "Mon 13th", "DATE", "2021-12-13", ""},
    // holidays: stated year, last/next, computed dates, week and weekend
    {"Shops stayed shut on Easter 2018 in the town.", "Easter 2018", "DATE", "2018-04-01", ""},
    {"Crowds gathered last Easter in the square.", "last Easter", "DATE", "2021-04-04", ""},
    {"Retailers cut prices on Black Friday in the mall.", "Black Friday", "DATE", "2021-11-26", ""},
    {"Markets close on Good Friday in London.", "Good Friday", "DATE", "2022-04-15", ""},
    {"Hotels were full during Easter week, owners said.", "Easter week", "DATE", "2021-W13", ""},
    {"Traffic was heavy over the Labor Day weekend, police said.", "the Labor Day weekend", "DATE", "2021-W35-WE", ""},
    {"Parades are held on Memorial Day 2019 in the capital.", "Memorial Day 2019", "DATE", "2019-05-27", ""},
    // ISO weeks, centuries, quarter and half variants
    {"Output rose in the first week of 2015 at the plant.", "the first week of 2015", "DATE", "2015-W01", ""},
    {"Shipments stalled in the last week of 2016, the firm said.", "the last week of 2016", "DATE", "2016-W52", ""},
    {"The audit covers week 31 of last year.", "week 31 of last year", "DATE", "2020-W31", ""},
    {"Orders peaked in week 10, the retailer said.", "week 10", "DATE", "2021-W10", ""},
    {"The cathedral was built in the 15th century by monks.", "the 15th century", "DATE", "14", ""},
    {"Growth returned in 2019 H2 for the group.", "2019 H2", "DATE", "2019-H2", ""},
    {"Sales rose in q3 2019 at the chain.", "q3 2019", "DATE", "2019-Q3", ""},
    {"The 2017-Q1 figures were revised.", "2017-Q1", "DATE", "2017-Q1", ""},
    {"Bonuses are paid at end of year, staff said.", "end of year", "DATE", "2021", "END"},
    // deictic
    {"The minister resigned today after the vote.", "today", "DATE", "2021-12-04", ""},
    {"The ministry said yesterday that talks failed.", "yesterday", "DATE", "2021-12-03", ""},
    {"The court will rule tomorrow on the appeal.", "tomorrow", "DATE", "2021-12-05", ""},
    {"The president speaks tonight from the capital.", "tonight", "TIME", "2021-12-04TNI", ""},
    {"Rescuers arrived yesterday morning at the site.", "yesterday morning", "TIME", "2021-12-03TMO", ""},
    {"The minister said this morning that aid is coming.", "this morning", "TIME", "2021-12-04TMO", ""},
    {"Shelling resumed last night near the border.", "last night", "TIME", "2021-12-03TNI", ""},
    {"The deal was struck the day before yesterday in Vienna.", "the day before yesterday", "DATE", "2021-12-02", ""},
    {"The envoy arrives the day after tomorrow in Oslo.", "the day after tomorrow", "DATE", "2021-12-06", ""},
    {"He had spoken to the envoy the day before, aides said.", "the day before", "DATE", "2021-12-03", ""},
    // ref
    {"The border is now closed to trucks.", "now", "DATE", "PRESENT_REF", ""},
    {"The plant is currently idle.", "currently", "DATE", "PRESENT_REF", ""},
    {"The mayor recently visited the site.", "recently", "DATE", "PAST_REF", ""},
    {"Planners worry about the future of the port.", "the future", "DATE", "FUTURE_REF", ""},
    {"Attacks have grown in recent weeks along the line.", "recent weeks", "DURATION", "PXW", ""},
    {"Rents have doubled in recent years, tenants say.", "recent years", "DURATION", "PXY", ""},
    {"The co-op posted a loss for the year ended June 30.", "the year", "DURATION", "P1Y", ""},
    {"Sales in the fiscal year ending in March fell 3%.", "the fiscal year", "DURATION", "P1Y", ""},
    {"Aid will arrive in the coming days by road.", "the coming days", "DATE", "FUTURE_REF", ""},
    // rel_unit
    {"Inflation rose last week on fuel costs.", "last week", "DATE", "2021-W47", ""},
    {"Talks resume next month in Geneva.", "next month", "DATE", "2022-01", ""},
    {"Exports fell this year by a fifth.", "this year", "DATE", "2021", ""},
    {"Exports fell over the past year by a fifth.", "the past year", "DATE", "2020", ""},
    {"The crowd had gathered the previous day outside.", "the previous day", "DATE", "2021-12-03", ""},
    {"The talks are expected this week in Geneva.", "this week", "DATE", "2021-W48", ""},
    {"Protests spread last weekend to the north.", "last weekend", "DATE", "2021-W47-WE", ""},
    // part_this
    {"The envoy visited earlier this month to meet leaders.", "earlier this month", "DATE", "2021-12", ""},
    {"A decision is expected later this year on the merger.", "later this year", "DATE", "2021", ""},
    // weekday
    {"The minister told parliament on Friday the figure was final.", "Friday", "DATE", "2021-12-03", ""},
    {"The summit will be held on Friday in Rome.", "Friday", "DATE", "2021-12-10", ""},
    {"Aid will not flow, according to a plan published on Friday by the ministry.", "Friday", "DATE", "2021-12-03", ""},
    {"The envoys meet next Tuesday in Vienna.", "next Tuesday", "DATE", "2021-12-07", ""},
    {"The envoys met last Friday in Vienna.", "last Friday", "DATE", "2021-12-03", ""},
    {"Gunfire was heard Friday morning near the port.", "Friday morning", "DATE", "2021-12-03TMO", ""},
    {"Talks resumed at noon Thursday in the capital.", "noon Thursday", "TIME", "2021-12-02T12:00", ""},
    {"The polls opened Friday at 7:30 across the country.", "Friday at 7:30", "TIME", "2021-12-03T07:30", ""},
    {"The memo dated Fri. was leaked to reporters.", "Fri.", "DATE", "2021-12-03", ""},
    // ago
    {"The plant opened two days ago in the east.", "two days ago", "DATE", "2021-12-02", ""},
    {"The war began seven years ago in the east.", "seven years ago", "DATE", "2014", ""},
    {"The war began more than seven years ago in the east.", "more than seven years ago", "DATE", "2014", "BEFORE"},
    {"The plant closed about a decade ago, workers said.", "about a decade ago", "DATE", "2011", "APPROX"},
    {"Sales fell from a year earlier at the chain.", "a year earlier", "DATE", "2020", ""},
    {"The results are due 10 days from now at the latest.", "10 days from now", "DATE", "2021-12-14", ""},
    {"The mine closed a few years ago after the collapse.", "a few years ago", "DATE", "PAST_REF", ""},
    // duration
    {"The conflict has lasted seven years in the region.", "seven years", "DURATION", "P7Y", ""},
    {"The strike lasted 10 days at the plant.", "10 days", "DURATION", "P10D", ""},
    {"The river has been dry for a decade now.", "a decade", "DURATION", "P10Y", ""},
    {"The dispute has run for more than seven years in court.", "more than seven years", "DURATION", "P7Y", "MORE_THAN"},
    {"The hearing lasted about two hours in all.", "about two hours", "DURATION", "PT2H", "APPROX"},
    {"The standoff lasted 3h before police withdrew.", "3h", "DURATION", "PT3H", ""},
    {"The flight takes about 14 hrs with a stop.", "about 14 hrs", "DURATION", "PT14H", "APPROX"},
    {"Fans queued for 90 mins in the rain.", "90 mins", "DURATION", "PT90M", ""},
    {"Sales will grow over the next two years or so, it said.", "the next two years or so", "DURATION", "P2Y", "APPROX"},
    {"The pact lapsed a week or so ago in the capital.", "a week or so ago", "DATE", "2021-W47", "APPROX"},
    {"Rates should stay low for the next year or so.", "the next year or so", "DATE", "2022", "APPROX"},
    {"The deal should close around Dec. 20, the company said.", "around Dec. 20", "DATE", "2021-12-20", "APPROX"},
    {"Output should peak around year end at the mine.", "around year end", "DATE", "2021", "END"},
    {"The refugees lived in camps for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", ""},
    {"The hearing lasted two and a half hours on Monday.", "two and a half hours", "DURATION", "PT2H30M", ""},
    {"The pilot called back a minute and a half later.", "a minute and a half", "DURATION", "PT1M30S", ""},
    {"The convoy waited for an hour and a half at the gate.", "an hour and a half", "DURATION", "PT1H30M", ""},
    {"The bank signed a two-year contract with the firm.", "two-year", "DURATION", "P2Y", ""},
    {"Prices doubled in the past two months across the region.", "the past two months", "DURATION", "P2M", ""},
    {"Crews will work for the next 10 days on the line.", "the next 10 days", "DURATION", "P10D", ""},
    {"Revenue in the first nine months rose 5%.", "the first nine months", "DURATION", "P9M", ""},
    {"The town has shrunk for several years now.", "several years", "DURATION", "PXY", ""},
    {"The hearing lasted 2.5 hours in all.", "2.5 hours", "DURATION", "PT2H30M", ""},
    {"The rescue took one and a half hours, officials said.", "one and a half hours", "DURATION", "PT1H30M", ""},
    {"The talks lasted an hour and a half at the ministry.", "an hour and a half", "DURATION", "PT1H30M", ""},
    {"The ferry crossing takes half an hour in calm seas.", "half an hour", "DURATION", "PT30M", ""},
    {"The siege lasted 1 hour and 30 minutes before the surrender.", "1 hour and 30 minutes", "DURATION", "PT1H30M", ""},
    {"The vote count took 5 1/2 hours in the district.", "5 1/2 hours", "DURATION", "PT5H30M", ""},
    {"Shelling went on all day in the north.", "all day", "DURATION", "P1D", ""},
    {"The strike will last another week at the port.", "another week", "DURATION", "P1W", ""},
    {"The crew spent two nights on the ridge.", "two nights", "DURATION", "P2D", ""},
    {"The tests took 123.45 sec on the old machine.", "123.45 sec", "DURATION", "PT123.45S", ""},
    {"The court handed down 5 years and 6 months in prison.", "5 years and 6 months", "DURATION", "P5Y6M", ""},
    {"The flood lasted a few days in the valley.", "a few days", "DURATION", "PXD", ""},
    {"The vote came seven years after the annexation of the region.", "seven years", "DURATION", "P7Y", ""},
    {"Exporters have struggled for years with the rules.", "years", "DURATION", "PXY", ""},
    // anaphoric
    {"Net income rose 12% in the quarter, the bank reported.", "the quarter", "DATE", "2021-Q3", ""},
    {"Output for the fiscal year was flat, the mill said.", "the fiscal year", "DATE", "2021", ""},
    {"Sales beat the year-earlier quarter by a wide margin.", "the year-earlier quarter", "DATE", "2020-Q3", ""},
    {"Sales beat the year-ago third quarter by a wide margin.", "the year-ago third quarter", "DATE", "2020-Q3", ""},
    {"Profit rose 4% in the quarter from a year earlier.", "a year earlier", "DATE", "2020-Q3", ""},
    {"Profit rose 4% in the quarter, up from last year.", "last year", "DATE", "2020", ""},
    // set
    {"The council meets every week in the town hall.", "every week", "SET", "P1W", ""},
    {"Reports are filed each month to the board.", "each month", "SET", "P1M", ""},
    {"The ferry sails every other day in winter.", "every other day", "SET", "P2D", ""},
    {"The market opens every Friday on the square.", "every Friday", "SET", "XXXX-WXX-5", ""},
    {"The agency publishes daily figures on cases.", "daily", "SET", "P1D", ""},
    {"The paper appears weekly in three languages.", "weekly", "SET", "P1W", ""},
    {"The market is held on Mondays in the square.", "Mondays", "SET", "XXXX-WXX-1", ""},
    {"The club meets Friday mornings at the hall.", "Friday mornings", "SET", "XXXX-WXX-5TMO", ""},
    {"Patrols run every night along the border.", "every night", "SET", "XXXX-XX-XXTNI", ""},
    // focus: relative to the last date mentioned, else the reference
    {"The mill opened in 1995 and the following year it doubled output.", "the following year", "DATE", "1996", ""},
    {"Prices peaked on Nov. 26, 2021, up from the previous Friday.", "the previous Friday", "DATE", "2021-11-19", ""},
    {"The storm hit on March 3, 2019; later that day the bridge closed.", "later that day", "DATE", "2019-03-03", ""},
    {"Talks resume the following week in Geneva.", "the following week", "DATE", "2021-W49", ""},
    {"The firm was sold in 2010 and that year its founder retired.", "that year", "DATE", "2010", ""},
    // fuzzy
    {"An attack could come in late January, officials warned.", "late January", "DATE", "2022-01", "END"},
    {"The plant should reopen in early 2022 after repairs.", "early 2022", "DATE", "2022", "START"},
    {"The talks broke down in mid-December over guarantees.", "mid-December", "DATE", "2021-12", "MID"},
    {"The law takes effect at the end of the year nationwide.", "the end of the year", "DATE", "2021", "END"},
    {"Talks resume at the beginning of next month in Geneva.", "the beginning of next month", "DATE", "2022-01", "START"},
    {"Work began in the middle of 2021 on the bridge.", "the middle of 2021", "DATE", "2021", "MID"},
    {"Elections are due early next year in the country.", "early next year", "DATE", "2022", "START"},
    {"The style was popular in the late 1970s among students.", "the late 1970s", "DATE", "197", "END"},
    {"Crops failed in the early summer after a drought.", "the early summer", "DATE", "2021-SU", "START"},
    {"The strike began late yesterday at the port.", "late yesterday", "DATE", "2021-12-03", "END"},
    {"Earlier today, the minister resigned over the affair.", "Earlier today", "DATE", "2021-12-04", "START"},
    {"The jury returned later this afternoon with a verdict.", "later this afternoon", "TIME", "2021-12-04TAF", "END"},
    {"The strike ended early Tuesday after talks.", "early Tuesday", "DATE", "2021-11-30", "START"},
};

// Extents that stop short of a neighbouring word (TimeBank leaves "earlier" before a weekday out).
struct extent_case {
  const char* sentence;
  const char* text;
};
const extent_case kExtents[] = {
    {"Earlier Friday, the minister resigned over the affair.", "Friday"},
    {"The envoys meet this coming Sunday in Oslo.", "this coming Sunday"},
    {"Tariffs rose in June of last year, the ministry said.", "June of last year"},
    {"The bank posted the third-quarter loss it had feared.", "third-quarter"},
    {"Profit topped the year-ago level of $3 a share.", "year-ago"},
    {"Profit topped a year-earlier figure of $3 a share.", "year-earlier"},
};

TEST(TimeRules, ExtentsFollowTimeBank) {
  for (const auto& c : kExtents) {
    const std::string_view s = c.sentence;
    const auto found = extract_times(s, reference_context());
    ASSERT_EQ(found.size(), 1u) << c.sentence;
    EXPECT_EQ(found[0].span.of(s), c.text) << c.sentence;
  }
}

class TimePhrases : public ::testing::TestWithParam<phrase_case> {};

TEST_P(TimePhrases, ExtractsAndNormalizes) {
  const phrase_case& c = GetParam();
  const std::string_view sentence = c.sentence;
  const auto found = extract_times(sentence, reference_context());
  const time_expression* match = nullptr;
  for (const auto& t : found) {
    if (t.span.of(sentence) == c.text) match = &t;
  }
  ASSERT_NE(match, nullptr) << "no expression \"" << c.text << "\" in: " << c.sentence;
  EXPECT_EQ(to_string(match->type), c.type) << c.sentence;
  EXPECT_EQ(match->value, c.value) << c.sentence;
  EXPECT_EQ(match->mod, c.mod) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(HeaderTable, TimePhrases, ::testing::ValuesIn(kPhrases));

// Anchored durations are marked as such (not resolved against the dateline).
TEST(TimeRules, AnchoredDurationKind) {
  const std::string_view s = "The vote came seven years after the annexation.";
  const auto found = extract_times(s, reference_context());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, timex_kind::anchored);
  EXPECT_FALSE(found[0].start.has_value());
}

// Things that look like times but are not.
const char* const kNegatives[] = {
    "The army has massed 94,300 troops near the border.",
    "Officials said 2000 troops were moved to the east.",
    "He may resign if the vote fails.",
    "Protesters march through the city center.",
    "The score was 3.5 points higher than forecast.",
    "The army lost 1950 vehicles in the retreat.",
    "The index rose 1.25 to 2045.75 in late trade.",
    "A seven-year-old boy was rescued from the rubble.",
    "The country imports three-quarters of its grain.",
    "Tensions grew after the fall of the old regime.",
    "May I ask a question, the reporter said.",
    "The phone number 555-1234 was disconnected.",
    "Version 2.5.1 of the software was released.",
    "The company sold 1,998 units and 2,014 spare parts.",
    "The engine type 4HX was withdrawn after the audit.",
    "The court struck down the 2nd amendment claim.",
    "She finished the 21st.",
    "Rebels held the town on the 31st of the siege.",
    "Half past gains were erased by the close, traders said.",
    "She beat two past champions in the final.",
    "Scores ranged from 5 to 7 in the survey.",
    "The march first reached the square at dusk.",
    "The team lost in week 10 of the season.",
    "Version 2.5 of the plan was released.",
    "The H2 receptor was studied by the team.",
    "Voters backed a second round of talks.",
    "The fund pays a quarterly dividend and earns $5 million annually.",
    "The firm later said the deal was off.",
    "Late payments rose, the bank said.",
    "Turnout was 1/2 of the total and a half point lower.",
    "The court ruled 5/4 against the state.",
    "The levy was cut to 1/3 of its former level.",
    "Seats went 7/12 to the ruling bloc.",
    "Critics may march to the square and may return later.",
    "The august body met from may to decide.",
    "The band played three night shows in the capital.",
    "Lawyers looked for ways around the ruling, the paper said.",
};

TEST(TimeRules, Negatives) {
  for (const char* sentence : kNegatives) {
    const std::string_view s = sentence;
    for (const auto& t : extract_times(s, reference_context())) {
      ADD_FAILURE() << "unexpected \"" << t.span.of(s) << "\" (" << t.value << ") in: " << sentence;
    }
  }
}

}  // namespace
}  // namespace factcheck::grammar
