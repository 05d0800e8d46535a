package org.practiceassistant.check.rules;

/**
 * Where each criterion comes from, as a reader finds it: the document's short title in the knowledge
 * pack (knowledge/pack.yaml), the section as the document names it, and the words quoted. Kept in one
 * place so a reviewer can check every criterion against its source.
 */
final class Sources {

    private static final String HANDBOOK = "Practice handbook";
    private static final String PLAN_GUIDANCE = "Child and Family Plan guidance";
    private static final String STANDARD = "Practice standard";
    private static final String MAPPING_GUIDANCE = "Mapping template guidance";
    private static final String RUBRIC = "Audit rubric";

    static final String GLOSSARY_DANGER_STATEMENT = HANDBOOK + ", Glossary of terms: Danger Statement. \"A clear, jargon free "
            + "statement setting out what we are worried about and what will be the impact on the child if nothing changes\"";
    static final String GLOSSARY_WORRY_STATEMENT = HANDBOOK + ", Glossary of terms: Worry Statement. \"A clear, jargon free "
            + "statement setting out what we are worried about and what will be the likely impact on the child if nothing changes, "
            + "where there are worries about a child's wellbeing\"";
    static final String GLOSSARY_SAFETY_GOAL = HANDBOOK + ", Glossary of terms: Safety Goal. \"A clear, behaviourally specific, "
            + "jargon free description ... what the members of the family or network will be doing\"";
    static final String GLOSSARY_WELLBEING_GOAL = HANDBOOK + ", Glossary of terms: Wellbeing Goal. \"A clear, behaviourally "
            + "specific, jargon free description of what we need to see to know the child is healthy and well ... what the members "
            + "of the family are doing\"";
    static final String HANDBOOK_SUCCESS_GOAL = HANDBOOK + ", Children Looked After: Children looked after reviews. \"The looked "
            + "after review considers how well we are working towards the success goal\"";
    static final String GLOSSARY_PLAIN_LANGUAGE = HANDBOOK + ", Glossary of terms (introduction). \"clear, simple, and "
            + "understandable language is used with families\"";
    static final String GLOSSARY_FAMILY_NETWORK = HANDBOOK + ", Glossary of terms: Family Network. \"All safety goals need to "
            + "identify a safety network\"";
    static final String GLOSSARY_SAFETY_PLANNING = HANDBOOK + ", Glossary of terms: Safety Planning. \"The safety plan must "
            + "address each danger or worry statement\"";
    static final String HANDBOOK_WORRY_PER_CONCERN = HANDBOOK + ", Children with disabilities. \"We will create a worry statement "
            + "for each concern we have\"";
    static final String HANDBOOK_PLANS_JARGON_FREE = HANDBOOK + ", Children Looked After: Practice expectations. \"All plans "
            + "should be clear, jargon free ... define what the family will do on a day-to-day basis\"";
    static final String HANDBOOK_CP_CONTINGENCY = HANDBOOK + ", Child Protection: Child Protection practice. \"a clear contingency "
            + "plan in place detailing what will happen if the family are not able to carry out or sustain the safety plan\"";
    static final String HANDBOOK_SHARED_WITH_NETWORK = HANDBOOK + ", Child Protection: Family Network Meetings. \"draft danger "
            + "statements and safety goals will be shared with the family and the network\"";

    static final String PLAN_DANGER_STATEMENTS = PLAN_GUIDANCE + ", The Child and Family Plan. \"The danger statements should "
            + "outline exactly what we are worried about and the potential impact on the child\"";
    static final String PLAN_SAFETY_GOALS = PLAN_GUIDANCE + ", The Child and Family Plan. \"clear and measurable outcomes ... "
            + "achieved in the agreed timescales\"";
    static final String PLAN_WHO_WHAT_WHEN = PLAN_GUIDANCE + ", What should this include? \"Details of who is doing what to "
            + "achieve the safety goals within the agreed timescales\"";
    static final String PLAN_VOICE_OF_CHILD = PLAN_GUIDANCE + ", What should this include? \"The voice of the child\"";
    static final String PLAN_BOTTOM_LINE = PLAN_GUIDANCE + ", What should this include? \"The bottom line - the 'non "
            + "negotiables' that must or must not happen to keep the child safe\"";
    static final String PLAN_CONTINGENCY = PLAN_GUIDANCE + ", What should this include? \"A contingency plan to be followed if "
            + "circumstances change significantly or if the safety goals are not met\"";
    static final String PLAN_VISITS_AND_REVIEW = PLAN_GUIDANCE + ", What should this include? \"The frequency of social work "
            + "visits and the process for review\"";
    static final String TEMPLATE_DANGER_FUTURE = PLAN_GUIDANCE + ", case mapping template, Analysis: Danger Statements. \"what "
            + "are you worried will happen to the child if nothing changes\"";
    static final String TEMPLATE_SCALING = PLAN_GUIDANCE + ", case mapping template, Analysis: Safety Scale. \"Clearly define 0 "
            + "and 10 and that each person's view of the scale is clearly recorded\"";
    static final String TEMPLATE_CHILD_TIMESCALE = PLAN_GUIDANCE + ", case mapping template, Analysis: Safety Goals. "
            + "\"Considering the history, what is the child's timescale?\"";

    static final String STANDARD_SMART_GOALS = STANDARD + ", Risk is responded to. \"safety goals have timescales for delivery "
            + "... Bottom line is clear and where appropriate there is a contingency plan\"";
    static final String STANDARD_SHARED = STANDARD + ", Risk is responded to. \"Assessment and plans constructed with the child "
            + "and family or carers and evidence they have been shared\"";
    static final String STANDARD_IDENTITY = STANDARD + ". \"the impact of identity; race; culture; religion; gender and "
            + "sexuality is understood and taken into account in assessments and plans\"";
    static final String STANDARD_CHILD_VIEWS = STANDARD + ". \"The child's lived experience is apparent and their views and "
            + "wishes and worries\"";

    static final String TEMPLATE_GUIDANCE_IMPACT = MAPPING_GUIDANCE + ", What are we worried about?: Impact Statement. \"specific "
            + "to the child ... written in jargon free language that the family understands\"";
    static final String TEMPLATE_GUIDANCE_HARM = MAPPING_GUIDANCE + ", What are we worried about? \"be clear and specific about "
            + "what is happening, has happened or may happen to the child\"";

    static final String RUBRIC_CP_VISITS = RUBRIC + ", Child protection planning: CP – visits. \"The child is visited in "
            + "accordance with the plan\"";
    static final String RUBRIC_VOICE_OF_CHILD = RUBRIC + ", Child centred practice: Voice of the Child. \"Child seen alone and "
            + "provided with an opportunity to provide their views\"";

    private Sources() {}
}
