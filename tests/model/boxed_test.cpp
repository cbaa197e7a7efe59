// model::Boxed: the heap-held optional the model uses for a block's picture and reply slip. The
// model is copied as a value (the resolve stage and the importer copy blocks), so a copy must
// own its own value, and an empty box must behave like an empty std::optional.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "model/boxed.hpp"
#include "model/document.hpp"

using handout::model::Boxed;

TEST_CASE("model boxed: empty by default, like std::optional", "[model]") {
  Boxed<std::string> box;
  CHECK_FALSE(box.has_value());
  CHECK_FALSE(static_cast<bool>(box));
  CHECK_THROWS_AS(box.value(), std::bad_optional_access);
  box = std::string("logo.svg");
  REQUIRE(box);
  CHECK(*box == "logo.svg");
  CHECK(box->size() == 8);
  box = std::nullopt;
  CHECK_FALSE(box);
  box.emplace(3, 'x');
  CHECK(box.value() == "xxx");
  box.reset();
  CHECK_FALSE(box.has_value());
}

TEST_CASE("model boxed: a copy owns its own value, a move takes it", "[model]") {
  Boxed<std::string> a(std::string("first"));
  Boxed<std::string> b = a;
  *b = "second";
  CHECK(*a == "first");
  CHECK(*b == "second");
  a = b;
  *b = "third";
  CHECK(*a == "second");
  Boxed<std::string> c = std::move(a);
  CHECK(*c == "second");
  Boxed<std::string> empty;
  c = empty;
  CHECK_FALSE(c);
  CHECK(a == Boxed<std::string>());
  CHECK(Boxed<std::string>(std::string("x")) == Boxed<std::string>(std::string("x")));
  CHECK_FALSE(Boxed<std::string>(std::string("x")) == Boxed<std::string>());
}

TEST_CASE("model boxed: a block's picture and reply slip survive copying the block", "[model]") {
  handout::model::Block figure;
  figure.kind = handout::model::BlockKind::Figure;
  figure.image.emplace();
  figure.image->alt = "A calendar page";
  handout::model::Block copy = figure;
  copy.image->alt = "changed";
  CHECK(figure.image->alt == "A calendar page");
  CHECK_FALSE(copy.slip);
  // Holding the rare parts on the heap is what keeps every block, list item and cell small.
  CHECK(sizeof(handout::model::Block) < sizeof(handout::model::Image) + sizeof(handout::model::ReplySlip) + 200);
}
