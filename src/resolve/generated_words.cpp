// The one table of the words Handout adds. Short and plain, as a parent reads them; {n}, {page}
// and {pages} are filled in with Western digits, as UK schools print them in every language.
// To add a language, add a row (README "Languages and fonts").
#include "resolve/generated_words.hpp"

#include <algorithm>

namespace handout::resolve {
namespace {

const Words kWords[] = {
    {"en", "Notes", "Page {page} of {pages}", "Note {n}", "Back to the reference to note {n}", "Skip to main content", "Contents",
     "Note", "Tip", "Warning", "Important"},
    {"cy", "Nodiadau", "Tudalen {page} o {pages}", "Nodyn {n}", "Yn ôl at y cyfeiriad at nodyn {n}",
     "Neidio i'r prif gynnwys", "Cynnwys",
     "Nodyn", "Awgrym", "Rhybudd", "Pwysig"},
    {"pl", "Przypisy", "Strona {page} z {pages}", "Przypis {n}", "Powrót do odwołania do przypisu {n}",
     "Przejdź do treści głównej", "Spis treści",
     "Uwaga", "Wskazówka", "Ostrzeżenie", "Ważne"},
    // Romanian: ș and ț with the comma below (U+0219, U+021B), not the cedilla.
    {"ro", "Note", "Pagina {page} din {pages}", "Nota {n}", "Înapoi la trimiterea la nota {n}",
     "Salt la conținutul principal", "Cuprins",
     "Notă", "Sfat", "Avertisment", "Important"},
    {"ur", "حواشی", "صفحہ {page} از {pages}", "حاشیہ {n}", "حاشیہ {n} کے حوالے پر واپس جائیں",
     "مرکزی مواد پر جائیں", "فہرست",
     "نوٹ", "مشورہ", "انتباہ", "اہم"},
    {"ar", "ملاحظات", "الصفحة {page} من {pages}", "ملاحظة {n}", "العودة إلى موضع الملاحظة {n}",
     "انتقل إلى المحتوى الرئيسي", "المحتويات",
     "ملاحظة", "نصيحة", "تحذير", "مهم"},
    {"bn", "টীকা", "পৃষ্ঠা {page} / {pages}", "টীকা {n}", "টীকা {n}-এর উল্লেখে ফিরে যান", "মূল লেখায় যান", "সূচিপত্র",
     "নোট", "পরামর্শ", "সতর্কতা", "গুরুত্বপূর্ণ"},
    {"pa", "ਨੋਟ", "ਪੰਨਾ {page} / {pages}", "ਨੋਟ {n}", "ਨੋਟ {n} ਦੇ ਹਵਾਲੇ ਤੇ ਵਾਪਸ ਜਾਓ", "ਮੁੱਖ ਸਮੱਗਰੀ ਤੇ ਜਾਓ", "ਤਤਕਰਾ",
     "ਨੋਟ", "ਸੁਝਾਅ", "ਚੇਤਾਵਨੀ", "ਮਹੱਤਵਪੂਰਨ"},
    {"zh", "注释", "第 {page} 页，共 {pages} 页", "注释 {n}", "返回注释 {n} 的引用处", "跳到主要内容", "目录",
     "注意", "提示", "警告", "重要"},
    {"so", "Faallooyin", "Bogga {page} ee {pages}", "Faallo {n}", "Ku noqo meesha faallada {n} laga xusay",
     "U gudub qoraalka ugu muhiimsan", "Tusmada",
     "Fiiro gaar ah", "Talo", "Digniin", "Muhiim"},
    {"ti", "መግለጺታት", "ገጽ {page} ካብ {pages}", "መግለጺ {n}", "ናብቲ መግለጺ {n} ዝተጠቕሰሉ ተመለስ", "ናብ ቀንዲ ትሕዝቶ ኪድ", "ትሕዝቶ",
     "ማስታወሻ", "ምኽሪ", "መጠንቀቕታ", "ኣገዳሲ"},
};

std::string fill(std::string_view pattern, int n) {
  std::string out(pattern);
  const std::size_t at = out.find("{n}");
  if (at != std::string::npos) out.replace(at, 3, std::to_string(n));
  return out;
}

}  // namespace

std::string Words::note_label(int n) const { return fill(note, n); }
std::string Words::back_label(int n) const { return fill(back_to_note, n); }

const Words* find_words(std::string_view lang) {
  std::string primary(lang.substr(0, lang.find('-')));
  for (char& c : primary) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  const auto it = std::find_if(std::begin(kWords), std::end(kWords), [&](const Words& w) { return w.lang == primary; });
  return it == std::end(kWords) ? nullptr : &*it;
}

bool only_page_of_pages(std::string_view pattern) {
  constexpr std::string_view placeholder = "{page_of_pages}";
  const std::size_t at = pattern.find(placeholder);
  if (at == std::string_view::npos) return false;
  std::string rest(pattern.substr(0, at));
  rest += pattern.substr(at + placeholder.size());
  return std::none_of(rest.begin(), rest.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || c == '{' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  });
}

const Words& words_for(std::string_view lang) {
  const Words* w = find_words(lang);
  return w ? *w : kWords[0];
}

}  // namespace handout::resolve
