// Package classroom turns a parsed paper into teaching material: multiple-choice
// quizzes generated from the facts in its sentences, a timeline of its dated
// events, and a glossary of the acronyms it uses.
//
// Everything here is a pure function of a *paper.Paper and of the paper's
// plain-English list (a *Plain the caller loads from the paper's folder;
// nil for none): the package knows nothing of Discord or storage, and it
// assumes nothing about one paper's section names, length or subject, so
// another paper in the same plain-text form works too. Facts are found from sentence structure (date, amount and
// name patterns), never from a list of this paper's answers.
package classroom
