package org.practiceassistant.check.rules;

import java.util.Set;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * The word lists the statement and goal criteria share. Matched by stem (see {@link Lexicon}), so one
 * form of a word is enough unless the past tense is irregular ("threw").
 */
final class WordLists {

    /** Words that say someone is worried: "We are worried", "Gran fears", "our concern". */
    static final Lexicon WORRY = Lexicon.of("worried", "worry", "worries", "concerned", "concern", "concerns",
            "scared", "afraid", "frightened", "fear", "fears", "fearful");

    /** Little words between a worrier and the worry word: "are all really worried". */
    static final Set<String> WORRY_FILLERS = stems("is", "are", "am", "was", "were", "be", "been", "have", "has", "had",
            "remain", "remains", "feel", "feels", "felt", "all", "also", "still", "really", "very", "both",
            "particularly", "most", "continue", "continues", "to", "now", "extremely", "so", "quite", "more", "too",
            "become", "became", "getting", "increasingly", "deeply", "seriously", "do", "does");

    /** Words before a worry word that show nobody is named: "There are worries", "The concern is". */
    static final Set<String> NOT_A_WORRIER = stems("it", "there", "the", "this", "that", "a", "an", "main", "biggest",
            "key", "any", "some", "no", "and", "of", "about", "with", "other", "another", "serious", "significant",
            "ongoing", "these", "those", "without", "for", "in", "around", "regarding", "re", "raised", "safeguarding",
            "is", "are", "of", "to", "what", "which", "whose", "initial", "continuing", "current", "such",
            // A group that names nobody: "Professionals are concerned", "Everyone is worried".
            "professionals", "professional", "everyone", "everybody", "people", "agencies");

    /** "Our worry" names the writer's team as the worrier. */
    static final Set<String> POSSESSIVE_WORRIERS = stems("our", "my");

    /** After "will be": a service done to someone ("Jayden will be supported to ..."), not what they will do or live. */
    static final Set<String> SERVICE_PASSIVES = stems("supported", "offered", "referred", "encouraged", "assessed", "monitored",
            "signposted", "helped", "given", "provided", "allocated");

    /** People in a child's family and network. */
    static final Lexicon FAMILY = Lexicon.of("mum", "mummy", "mother", "dad", "daddy", "father", "parent", "parents",
            "stepdad", "stepmum", "step-dad", "step-mum", "stepfather", "stepmother", "gran", "granny", "grandma",
            "grandmother", "nan", "nana", "nanny", "grandad", "grandpa", "grandfather", "grandparent", "grandparents",
            "aunt", "auntie", "aunty", "uncle", "cousin", "godmother", "godfather", "godparent", "neighbour",
            "neighbours", "friend", "friends", "partner", "foster carer", "foster carers", "carer", "carers",
            "boyfriend", "girlfriend", "husband", "wife", "older sister", "older brother", "big sister", "big brother",
            "pastor", "imam", "childminder",
            // Services' letters for grandparents ("MGM", "PGF"): see FamilyLetters, which also reads a parent's "M" / "F".
            "mgm", "pgm", "mgf", "pgf");

    /** Professionals: their tasks are not what the family will be doing. */
    static final Lexicon PROFESSIONALS = Lexicon.of("social worker", "social workers", "children's services",
            "childrens services", "children's social care", "social care", "we", "school", "teacher", "teachers",
            "nursery", "health visitor", "police", "gp", "doctor", "nurse", "midwife", "professionals", "professional",
            "services", "the local authority", "the council", "worker", "family support worker", "practitioner",
            "team manager", "manager", "camhs", "therapist", "counsellor", "probation", "the team", "agency", "agencies",
            "core group", "conference", "iro", "chair", "support", "multi-agency support", "work", "health", "sw", "hv",
            "early help", "youth worker", "personal adviser", "pa",
            // The end of a team's or service's name: "the perinatal mental health team", "the drug and alcohol service".
            "team", "service");

    /** Ways to refer to a child without a name. */
    static final Lexicon CHILD = Lexicon.of("child", "children", "baby", "babies", "son", "daughter", "boy", "girl",
            "kids", "toddler", "young person", "teenager", "brother", "sister", "siblings", "twins", "infant", "newborn",
            "unborn");

    /** Concrete things someone did or does: what a statement must describe instead of a label. */
    static final Lexicon BEHAVIOUR = Lexicon.of("hit", "hits", "punch", "slap", "kick", "push", "pushes", "shove",
            "grab", "strangle", "choke", "throw", "threw", "thrown", "shout", "scream", "swear", "smack", "shake", "shook",
            "bite", "bit", "burn", "drink", "drinks", "drank", "drunk", "vodka", "beer", "wine", "heroin",
            "cannabis", "cocaine", "crack", "spice", "ketamine", "tablets", "pills", "inject", "overdose", "smoke",
            "smoked", "leave * alone", "left * alone", "left alone", "left on her own", "left on his own",
            "left them", "locked", "lock", "fell asleep", "falls asleep", "passed out", "no food", "not fed",
            "without food", "no electricity", "no heating", "nappy", "nappies", "dog mess", "rubbish", "mould",
            "bottles", "needles", "missed", "misses", "miss", "did not take", "didn't take", "not taken",
            "called the police", "police were called", "police came", "came to school", "arrived at school",
            "bruise", "bruises", "bruising", "mark on", "marks on", "broken", "fracture", "cut", "cuts", "wet",
            "smell", "smelled", "smelt", "went missing", "go missing", "goes missing", "missing from home",
            "stayed out", "stay out", "ran away", "run away", "self-harm", "threaten", "threatened", "knife", "weapon",
            "called her", "called him", "calls her", "calls him", "fight", "fought", "argue", "argument", "arguments",
            "sleep", "slept", "stays in bed", "stayed in bed", "in bed all day", "picked up", "collect", "collected",
            "forgot", "forgets", "unsupervised", "on his own", "on her own", "in front of", "older men", "older boys",
            "carried drugs", "carry drugs", "sold", "selling", "gave her", "gave him", "give her", "give him", "sent",
            "photos", "messages", "touch", "touched", "injury", "injuries", "hospital", "bed", "dirty",
"late", "pick * up", "picking * up", "not picked up", "left waiting", "waiting at", "waited at", "left on their own",
            "days off", "absent", "weight", "lost weight", "not eaten", "cold", "hungry", "locked out", "kicked out",
            "told", "said", "saw", "seen", "heard", "found",
            // Everyday harm to people and things, said as it happens: "bangs his head", "smashes the windows", "breaks things".
            // "break" only with what is broken, so "a break from caring" is no act.
            "bang", "bangs", "banged", "smash", "smashes", "smashed", "broke", "breaks things", "break things",
            "breaks his", "breaks her", "breaks their", "breaks the", "headbutt", "headbutted", "head-butt", "head-butted",
            "spat", "spit", "stamp", "stamped", "wrecked", "trashed");

    /** Labels that stand in for behaviour: "neglect", "DV", "mental health". */
    static final Lexicon LABELS = Lexicon.of("neglect", "neglected", "dv", "da", "domestic violence", "domestic abuse",
            "substance misuse", "substance use", "mental health", "home conditions", "safeguarding", "emotional abuse",
            "emotional harm", "physical abuse", "sexual abuse", "chaotic", "volatile", "parenting capacity",
            "parenting", "lifestyle", "risk", "risks", "issues", "concerns", "vulnerable", "vulnerability",
            "exploitation", "cse", "cce", "hygiene", "toxic trio", "basic care", "inappropriate", "unsuitable",
            "instability", "poor", "lack of", "unkempt", "presenting as", "emotional wellbeing");

    /** Harm a child could come to: counts as impact when said about the future ("could be badly hurt"). */
    static final Lexicon HARM = Lexicon.of("hurt", "hurts", "badly hurt", "injured", "injury", "bruised", "die", "dies",
            "killed", "unsafe", "not safe", "hungry", "go without", "miss out", "fall behind", "not learn", "ill", "poorly",
            "sick", "grow up", "think it is normal", "think this is normal", "not get to school", "not go to school",
            "miss school", "missing school", "development", "delayed", "unwell", "cold", "dirty", "bullied",
            "taken advantage", "in danger", "into danger", "struggle", "lose", "not have", "burned", "burnt", "drown", "fall", "dropped",
            "shaken", "choke", "suffocate", "overdose", "self-harm", "weight", "teeth", "rash", "infection", "friends",
            "learn", "behind", "exploited", "abused", "trafficked", "arrested", "stabbed", "sexually", "pregnant",
            "homeless", "lose her home", "lose his home", "taken into care", "live away", "stop speaking", "copy",
            "end up", "care for", "look after themselves", "harm himself", "harm herself", "hit back", "hurt himself",
            "hurt herself", "hurt themselves", "worn out", "be blamed", "nobody to look after", "worthless",
            "keep worrying", "will worry", "be worried", "scared", "frightened", "afraid", "upset", "anxious", "lonely",
            "alone", "sad", "ashamed", "withdrawn", "angry", "feel", "feels", "cry", "nightmares", "not sleep",
            // Harm said as a likelihood: "more likely to get pulled back into ...", "might not wake up for the baby",
            // "could be born small".
            "pulled back", "pulled into", "drawn into", "dragged into", "groomed", "not wake", "won't wake", "never wake",
            "not hear", "born small", "born early", "born too early", "born too small", "born premature", "premature",
            "withdrawal", "withdrawals", "small for",
            // Losing school, a loss a family can picture: "Jacob could be excluded", "may be expelled".
            "excluded", "expelled");

    /** What a child feels or does now because of the worry: impact even without a future tense. */
    static final Lexicon FEELINGS = Lexicon.of("scared", "frightened", "afraid", "upset", "anxious", "lonely", "sad",
            "ashamed", "withdrawn", "cry", "cries", "crying", "nightmares", "hides", "hide", "wets the bed", "wet the bed",
            "not sleep", "cannot sleep", "can't sleep", "self-harm", "too frightened", "feels", "says he", "says she",
            // How a tired child is now: "arriving at nursery exhausted, irritable", "falling asleep in lessons".
            "exhausted", "irritable", "tired", "falling asleep in",
            // A baby's distress, said as it happened: "Ruby fell onto the sofa and was screaming ... would not settle for hours".
            "screaming", "screamed", "would not settle", "wouldn't settle", "won't settle", "will not settle");

    /** Words that only gesture at impact: "affected", "impact", "at risk". */
    static final Lexicon VAGUE_IMPACT = Lexicon.of("affected", "impact", "impacted", "at risk", "harm", "harmed",
            "significant harm", "risk of harm", "effect", "outcomes", "needs not met", "needs will not be met");

    /** Saying what could happen later. */
    static final Lexicon FUTURE = Lexicon.of("if nothing changes", "if things do not change", "if things don't change",
            "if this continues", "if this carries on", "if things carry on", "if * continues", "if * continue",
            "if * carries on", "if * does not stop", "if * doesn't stop", "should this continue", "should this carry on", "unless", "in the future", "one day",
            "will be", "will get", "will grow", "will feel", "will have", "will not", "will miss", "will start",
            "will become", "will end", "will think", "will learn", "will lose", "will stop", "will carry", "will go",
            "will copy", "will keep", "will * be", "could be", "could get", "could grow", "could feel", "could have",
            "could die", "could end", "could miss", "could lose", "could become", "could start", "could fall",
            "could * be", "might be", "might get", "might grow", "might feel", "might have", "might die", "might end",
            "might become", "might start", "might * be", "may be", "may get", "may grow", "may feel", "may have",
            "may die", "may end", "may become", "may start", "may * be", "likely to", "going to", "would be",
            "would feel", "would have", "won't", "will", "could", "might");

    /** Verbs for what a child lives through (not what an adult does). */
    static final Set<String> EXPERIENCE_VERBS = stems("be", "is", "are", "feel", "feels", "have", "has", "grow",
            "know", "get", "sleep", "eat", "go", "enjoy", "play", "learn", "live", "see", "hear", "stay", "continue");

    /** Tasks that are attending a service, not something a child would see change. */
    static final Lexicon SERVICE_TASKS = Lexicon.of("attend", "attends", "attending", "engage", "engaging",
            "engagement", "complete a", "complete the", "completing", "undertake", "comply", "cooperate", "co-operate",
            "accept support", "accept help", "accept the", "work with", "working with", "participate",
            // "Parents to work openly and honestly with professionals": how they will be with the service, words between.
            "work * with professionals", "work * * * with professionals", "work * with services", "work * * * with services",
            "be referred", "referral", "refer", "access support", "access services", "access", "make use of",
            "take part in", "keep appointments", "keep all appointments", "appointments", "sessions", "course",
            "programme", "assessment", "meet with the social worker", "allow the social worker", "let the social worker",
            "be open and honest", "be honest with professionals", "sign up", "go to groups", "early help", "family support",
            "parenting course", "parenting programme",
            // Errands with a service and tests for professionals are done once, for them: "register Mason with a dentist",
            // "provide a hair strand test". Not what the family does day to day.
            "register", "registered", "hair strand", "drug test", "drugs test", "alcohol test",
            // Going on with a service already in place: "mum to continue with GP", "carry on with CAMHS".
            "continue with", "carry on with", "keep seeing",
            // Going to a service's appointments is attending them: "Jade will go to her drug and alcohol appointments".
            "go to * appointments", "go to * * appointments", "go to * * * appointments", "go to * * * * appointments",
            "go to * sessions", "go to * * sessions", "go to * * * sessions");

    /** Aims that name no behaviour anyone could see: "be protective", "improve parenting". */
    static final Lexicon VAGUE_AIMS = Lexicon.of("be protective", "protective", "improve", "improved", "address",
            "meet * needs", "meet his needs", "meet her needs", "meet their needs", "prioritise", "understand",
            "recognise", "acknowledge", "demonstrate", "show insight", "gain insight", "have insight", "be aware",
            "reduce", "manage", "work on", "think about", "consider", "be able to", "be better", "try", "appropriate",
            "ensure the children are safe", "ensure * safe", "keep * safe", "keep * * safe", "be safe parents", "good enough",
            "implement", "implemented",
            // Keeping up a standard is an aim, not an act: "maintain home conditions to an acceptable standard".
            "maintain", "maintained", "sustain", "support",
            // "Mum will make sure Ellie is safe": what nobody can see her doing, only the aim; "work together (so that ...)"
            // says who joins in, not what anyone will be seen doing.
            "make sure * safe", "make sure * * safe", "make sure * * * safe", "ensure * * safe", "work together");

    /** Concrete things an adult can be seen doing. */
    static final Lexicon OBSERVABLE_ACTIONS = Lexicon.of("take", "takes", "taking", "took", "collect", "check",
            "stay", "stays", "call", "phone", "ring", "text", "keep", "put", "cook", "feed", "make sure", "make",
            "wake", "walk", "drive", "sit", "read", "bath", "bathe", "give", "tell", "show", "lock", "store", "sleep",
            "look after", "care for", "supervise", "watch", "play", "leave", "move", "come", "visit", "help",
            "bring", "pick up", "drop off", "clean", "wash", "change", "dress", "get up", "get * up", "answer",
            "speak", "talk", "listen", "ask", "be sober", "be there", "be at home", "be in the house", "be at the house", "be awake",
            "be present", "remain sober", "stay sober", "stay with", "live with", "sleep over", "shop", "buy",
            "pay", "step in", "come round", "go round", "join", "hold", "cuddle", "praise", "sing", "put * to bed",
            "settle", "measure", "write", "record", "note", "keep a record", "ring the police", "call the police",
            "phone the police", "have * home", "share", "meet", "let * know", "turn", "use", "talk kindly", "smoke outside",
            "go with", "go to", "ring", "rehearse", "practise", "tidy", "warm",
            // Knowing where a child is can be checked by ringing them: "his uncle Dev will know where Sam is every evening".
            "know where", "know who");

    /** Words that end a clause when scanning back for its subject. */
    static final Set<String> CLAUSE_BREAKS = stems("that", "when", "so", "because", "if", "and", "but", "which", "who",
            "while", "as", "then", "also", "see", "know");

    static final Lexicon NEGATIONS = Lexicon.of("will not", "won't", "will no longer", "will never", "no longer",
            "never", "stop", "stops", "stopped", "not", "no more", "without", "refrain", "avoid", "cease");

    /** "Will" and its equivalents, starting a clause about what someone does. */
    static final Lexicon WILL = Lexicon.of("will", "won't", "is going to", "are going to", "has agreed to",
            "have agreed to", "agrees to", "agree to", "shall", "must");

    /** Capitalised words that are not people's names. */
    static final Set<String> NOT_NAMES = Set.of(
            "i", "we", "the", "a", "an", "if", "when", "by", "for", "this", "that", "there", "it", "he",
            "she", "they", "our", "my", "his", "her", "their", "all", "each", "every", "no", "not", "in",
            "on", "at", "after", "before", "until", "within", "from", "so", "and", "but", "or", "children's",
            "childrens", "children", "services", "social", "care", "school", "police", "health", "nursery",
            "college", "council", "court", "conference", "review", "plan", "safety", "danger", "goal",
            "goals", "statement", "statements", "worries", "worry", "bottom", "contingency", "visits",
            "network", "family", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "christmas", "easter", "english", "what", "who", "how", "why", "where",
            "which", "these", "those", "then", "also", "both", "everyone", "everybody", "nobody", "someone",
            "everything", "things", "as", "with", "to", "of", "is", "are", "will", "should", "must", "can",
            "could", "would", "might", "do", "does", "did", "yes", "name", "date", "child", "baby", "worker",
            "manager", "team", "mum", "dad", "gran", "nan", "grandad", "sw", "gp", "dv", "cp", "cin", "lac",
            "camhs", "midwife", "nurse", "teacher", "head", "agreed", "signed", "shared", "progress",
            "action", "actions", "next", "steps", "scale", "scaling", "voice", "views", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "zero", "outcome", "we'll", "she'll",
            "he'll", "they'll", "it's", "i'm", "let's", "please", "note", "key", "ds", "sg", "mr", "mrs",
            "ms", "miss", "dr", "phase", "week", "weeks", "month", "months", "day", "days", "year", "years",
            "word", "words", "pictures", "house", "home", "houses", "hospital", "doctor", "probation",
            "housing", "church", "mosque", "temple", "muslim", "christian", "catholic", "hindu", "sikh",
            "jewish", "polish", "urdu", "punjabi", "arabic", "romanian", "somali", "bengali", "british",
            "irish", "pakistani", "indian", "black", "white", "african", "caribbean", "ramadan", "eid",
            "diwali", "bsl", "adhd", "asd", "autism", "down's", "bristol", "leeds", "london", "tesco", "asda",
            "refer", "visit", "complete", "attend", "ensure", "monitor", "arrange", "contact", "continue", "apply",
            "provide", "support", "undertake", "liaise", "offer", "make", "keep", "check", "ongoing", "multi",
            "parents", "parental", "neglect", "risk", "risks", "concerns", "concern", "outcomes",
            "safeguarding", "referral", "there's", "mental", "poor", "unsafe", "lack", "protection", "need", "assessment", "meeting", "form", "record", "summary", "early", "help",
            // "Case to close to CSC": the service's case, not a person acting.
            "case", "placement");

    /**
     * Whether a harm word between {@code from} and {@code to} is one a family could picture: not inside a label that only
     * names a kind of harm ("exposed to domestic abuse" holds "abuse", but names nothing that could happen to the child).
     */
    static boolean picturableHarm(AnalysedText text, int from, int to) {
        return picturableHarm(text, from, to, java.util.Set.of());
    }

    /** As above, leaving out the harm phrases named (as listed in {@link #HARM}). */
    static boolean picturableHarm(AnalysedText text, int from, int to, java.util.Set<String> leftOut) {
        for (Lexicon.Match harm : HARM.all(text, from, to)) {
            if (leftOut.contains(harm.phrase())) {
                continue;
            }
            if (LABELS.at(text, harm.firstToken()).isEmpty() && !insideLabel(text, harm.firstToken())) {
                return true;
            }
        }
        return false;
    }

    /* A label's last word: "abuse" in "domestic abuse" starts no label itself, so the words just before it are looked at. */
    private static boolean insideLabel(AnalysedText text, int token) {
        for (int start = Math.max(0, token - 2); start < token; start++) {
            java.util.Optional<Lexicon.Match> label = LABELS.at(text, start);
            if (label.isPresent() && label.get().endToken() > token) {
                return true;
            }
        }
        return false;
    }

    private WordLists() {}

    static Set<String> stems(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String word : words) {
            out.addAll(AnalysedText.stemsOf(word));
        }
        return Set.copyOf(out);
    }
}
