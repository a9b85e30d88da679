"""First names and surnames of many countries, for the name recognizer (`people.py`).

Derived from names-dataset 3.3.1 (MIT licence; P. Remy, "Name Dataset", 2021): the 400
most frequent male and 400 most frequent female first names and the 400 most frequent
surnames of each of 57 countries, in Latin script, normalised as the filter
normalises text (accents stripped, lower case), without English stop words and the
filter's common terms. `ENGLISH_WORDS` are the ones that are also English words (in
WordNet's index as spaCy's English lemmatizer ships it): "rose", "bell", "park".
The package itself is not a dependency: it takes 1.9 GB of memory and 22 s to load.
"""

COUNTRIES = "US GB IE CA DE AT CH FR BE NL LU IT ES PT BR MX AR CL CO PE UY PL CZ HU BG HR RS SI DK NO SE FI IS EE LT GR TR RU JP KR CN TW HK IN ID MY PH SG ZA NG EG MA DZ TN IL SA AE"

FIRST_NAMES = frozenset(
    """
aad aada aadu aage aakash aake aamir aan aang aapeli aapo aare aarne aarni aarno aaro aarohi aaron aarre aart
aarti aase aatos aatu aavo abah abanob abanoub abayomi abba abbas abbe abbes abbey abbie abby abd abdalla
abdallah abde abdel abdelah abdelali abdelatif abdelaziz abdelghani abdelhadi abdelhak abdelhakim abdelhamid
abdelilah abdeljalil abdelkader abdelkarim abdelkrim abdellah abdellatif abdelmajid abdelmalek abdelouahed
abdelrahman abdelrhman abdeltif abdenour abderahim abderahman abderazak abderrahim abderrahman abderrahmane
abderrahmen abderrazak abdeslam abdessalam abdessalem abdessamad abdi abdifatah abdilah abdinasir abdirahman
abdlah abdlatif abdlhadi abdlhak abdlkrim abdllah abdltif abdo abdolah abdollah abdou abdoulaye abdrahim
abdrahman abdsamad abdu abdul abdulahi abdulazeez abdulaziz abdulkadir abdulla abdullah abdullahi abdulmalik
abdulrahman abdulsalam abdur abdurrahman abe abed abedin abeer abegail abel abelardo abet abetare abhay abhi
abhijit abhishek abi abid abidemi abidi abigail abigel abii abilio abimbola abiodun abiola abir abisola abo
abongile abood abosede abou abraham abram abrar abril abu abubakar abudi abul aby aca acacio ace ach achille
achilleas achim achmad achour achraf achref aco acs ada adaeze adailton adalberto adalheidur adalsteinn adam
adama adams adamu adan adang adao adaobi adas adda adde ade adea adebayo adebimpe adebisi adebola adebowale
adedayo adedeji adedoyin adeel adegoke adejoke adekunle adel adela adelaide adelajda adele adeleke adelheid
adelia adelina adeline adelino adelisa adelka adell adem ademar ademir ademola adenike adenilson adeniran
adeniyi adeola adeoye aderito aderonke adeshina adesina adesola adetola adetunji adetutu adewale adewumi
adewunmi adeyemi adeyemo adeyinka adham adhe adhemar adhi adhie adhurim adi adib adiela adijat adil adile
adilia adilson adinda adir adis adisa adisty aditi aditya adji adjie admir adnan adnane adne adnen adolf
adolfas adolfo adomas adorjan adri adria adriaan adrian adriana adriane adrianna adriano adriatik adrie adriel
adrien adrienn adrienne adrija adrijan adrijana adrijus adrovic adva advija ady aek aelita aender aengus aeron
aet afaf afef aferdita affe afif afifa afifah afiq afiqah afnan afolabi afonso afra afram africa afrim afrizal
afrodite afroditi afsaneh aftab afzal aga agapi agata agatha agathe agatka agboola age ageliki agelos agencija
aggeliki aggelos agi agim agis agnaldo agnar agne agnes agnesa agnese agneta agnete agnetha agnethe agneza
agnie agnieska agnieszka agnius agoes agon agos agostina agostinha agostinho agostino agoston agota agovic
agron agu agueda agung agur agus agusia aguss agust agusta agustiin agustin agustina agustinus aguus aharon
ahcene ahlam ahlem ahmad ahmd ahmed ahmet ahoj ahsan ahti ahto aicha aida aidan aidas aide aideen aiden aidil
aien aigar aigars aigi aija aika aikaterini aiki aiko aila ailbhe aileen ailen ailene aili ailin ailish ailsa
ailton ailyn aimad aiman aimar aimee aimi aimilia aimo ain aina ainar ainara aine ainhoa aini ainis aino ainoa
ainul ainun aira airam aire aireen aires airi airida airidas airina aironas airton aisa aisha aishah aishat
aishatu aishling aishwarya aisling aislinn aissa aissam aiste aistis aisya aisyah aitana aitor aiva aivar
aivaras aivars aive aivi aivo aiza aizat aja ajay ajayi ajda ajeet ajeng ajet ajibola ajie ajit ajith ajla
ajmal ajoke ajsa ajsela ajshe akande akane akanksha akari akash akbar ake akeem akemi akhil akhilesh akhmad
akhona akhtar aki akif akihiko akihiro akihito akiho akiko akin akina akinola akinori akinyemi akio akira akis
akito akiyo akmal akos akram akrem aksana aksel akseli akshay aksu aku akvile akvilina akın ala alaa alaattin
alabi aladar alae alagu alain alam alamgir alami alamin alamsyah alan alana alanas alanna alannah alanoud
alanta alar alari alastair alba alban albana albano albaro albee albeiro albena alberico alberina alberita
albert albertas alberte albertina albertine albertino alberto albertus albesa albi albin albina albinas albino
albion albiona albulena alca alcides alcidia alcidio alcina alcinda alcindo alcino alcione alcira alda aldair
aldana aldas aldemar alden aldete aldi aldijana aldin aldina aldis aldo aldona aldren aldrich aldrin aldwin
aldy ale alea alec alee aleida aleix aleja alejandra alejandrina alejandro alejo alek aleka alekos aleks
aleksa aleksandar aleksander aleksandr aleksandra aleksandras aleksandrina aleksanteri aleksas aleksei aleksej
aleksejus aleksey aleksi aleksis aleksy alem alen alena alenka ales alesja alessandra alessandro alessia
alessio aletta alette alev alevtina alex alexandar alexander alexandr alexandra alexandre alexandrina
alexandro alexandros alexandru alexei alexej alexey alexi alexia alexis alexsandra alexsandro aleyna alf
alfheiður alfhild alfian alfie alfin alfio alfo alfons alfonsas alfonsina alfonso alfred alfreda alfredas
alfredo alfreð algima algimantas algina algirdas algis alhaja alhaji alhassan ali alia aliaa alias alica
alican alice alicia alicija alicja alie alif aliff aliis aliisa alija alik aliki alilo alilou alin alina aline
aling aliny aliona alipio alireza alirio aliro alisa alisados alise alisha alisher alison alisson alistair
alius alix aliya aliye aliyu aliz aliza alja aljaz aljon aljona aljosa alka alketa alkis alla allal allan
allar allen allie allison allu ally alma almantas almasa almaz almedin almedina almeida almendra almerinda
almin almina almir almira almog almos almudena alois aloisia alojz alojzije alojzy alok alon alona alondra
alonso aloui aloyse aloysius aloyzas alp alper alperen alpo alreem alston alsu altaf altair althea altin
altina altino altti alva alvar alvarito alvaro alverto alves alvidas alvin alvita alvyda alvydas alvyra alwi
alwin aly alya alyaa alyazia alyona alyssa alysson alzbeta alzira amadeja amadeu amadeusz amadi amado amador
amadou amahle amaia amaka amal amalia amalie amalija amalina aman amanda amandeep amandine amandio amani amany
amar amara amarachi amarildo amarilla amarjeet amarjit amaro amauri amaury amaya ambar amber ambika ambra
ambre ambrus amedeo ameen ameena ameer ameera amel amela amelia amelie amelija amelka amen amena ameni amer
amera america americo amet ameur amey amgad ami amie amiee amiel amilcar amilton amily amin amina aminah
aminat amine aminu aminul amir amira amirah amirat amirato amire amirul amit amita amjad aml ammar ammi ammu
amna amnon amogelang amol amoon amor amorim amos amoula amouna amparo amr amra amran amri amrit amrita amund
amy ana ana-maria ana-marija anab anabel anabela anabella anabelle anaclara anahi anahir anais analaura anali
analia analie analiza analy analyn anamari anamaria anamarija anamika anan anand anang ananya anas anass
anastasia anastasiia anastasija anastasios anastasis anastasiya anastassia anastassija anastasya anastazija
anastazja anasztazia anat anathi anatol anatoli anatolij anatolijus anatoliy anatoly anbu anca ancha ancica
ancsa ancsi anda andela andelka andelko andelo ander andero anders anderson andhika andi andik andika andile
andina andini andisiwe andiswa andja andjela andjelija andjelina andjelka andjelko andon andoni andor andras
andrasne andraz andre andrea andreas andree andreea andrei andreia andreina andreita andrej andreja andrejka
andrejs andrejus andres andressa andreu andrew andrey andreza andri andriana andriani andrianto andrias andrie
andriejus andries andrii andrij andrija andrijana andrin andrina andrine andris andrius andriy andro andrus
andrzej anduena andy andzej andzela andzelika andzia ane aneesh anej anel anela anele anelia aneliq anelisa
aneliya anes anesa anestis anet aneta anete anetka anett anetta anette anezka anfal ang angah ange angel
angela angele angeles angelia angelica angelie angelika angeliki angelina angeline angelines angelique
angelita angelito angelo angelos angels angelyn angga anggi anggita anggraini anggun angi angie angle angus
angy angyal anh ani ania anibal anica anicka anida anie aniek aniela aniello anife anika aniket aniko anil
anila anildo anina anine aninha aninhas anis anisa anisah anish anisha anisio anissa anita anitha anitta anj
anja anjali anjana anjeza anjo anju ank anka anke anker anki ankica ankie ankit ankita ankur ankush anmol ann
ann-britt ann-cathrine ann-catrin ann-charlott ann-charlotte ann-christin ann-christine ann-helen ann-karin
ann-kathrin ann-katrin ann-kristin ann-louise ann-margret ann-mari ann-marie ann-sofi ann-sofie anna
anna-carin anna-greta anna-kaisa anna-karin anna-leena anna-lena anna-liisa anna-maija anna-mari anna-maria
anna-marie anna-sofia anna-stina annabel annabelle annacarin annah annakarin annalena annaliisa annalisa
annalise annaliza annalyn annamari annamaria annarita annastiina annbjørg annbritt anne anne-berit anne-britt
anne-catherine anne-cathrine anne-cecile anne-claire anne-dorte anne-dorthe anne-francoise anne-grete
anne-grethe anne-karin anne-katrine anne-kristin anne-laure anne-lene anne-lie anne-liis anne-lise anne-louise
anne-ly anne-mai anne-mari anne-maria anne-marie anne-marit anne-mette anne-sofie anne-sophie annegret
annegrethe anneke annela anneleen anneli annelie annelies anneliese anneliis annelin annelise annely annemari
annemarie annemette annemie annemiek annemieke annesofie annet annett annette anni annica annick annicka
annicken annie anniina annika anniken annikki annina annisa annita annlaug annmarie annsofie annu annukka anny
anoir anom anood anoop anouar anoucha anouck anouk anqi anri ans ansa ansar ansari anselmo anshika anshu ansku
anson anssi ant anta antal antalne antanas antanina ante antea antek antero anthea anthi antho anthon anthonia
anthony anthoula anti antica antigona antigoni antimo antje anto antoan antoaneta antoine antoinette anton
antonela antonella antonello antonette antoni antonia antonie antonieta antonietta antonija antonijo antonin
antonina antonino antonio antonios antonis antonius antoniya antony antoo antreas ants antti antti-jussi
antti-pekka antton anttoni antun antunes antzela anu anuar anugerah anuj anula anuoluwapo anup anuradha anurag
anusha anushka anvar anwar anwer anxhela anya anyi anze anzela anzelika anzhelika anđa anđela anđelija
anđelina anđelka anđelko anđelo anıl aodhan aoi aoibheann aoife aonghus aparecida aparecido aparicio aparna
apartman apartmani aphelele aphiwe apostolis apostolos appie apri aprilia aqil aqilah aquiles ara araceli
aracely arai aran arancha aranka arantxa arantza arany arash arati araujo arben arbenit arbenita arber arbesa
arbey arbi arbia arbnor arbnora arbnore arbresha arcangelo archana archie arda ardi ardian ardiana ardiansyah
ardis ardit ardita ardo ardy areej areen arek areli arelis arely arend areti arezki arfaoui argemiro argenis
argie argiris argiro argjend argjent argo argyris argyro ari ari-pekka ariadna ariadni arian ariana ariane
arianit arianna arianne arianto arie arief ariel aries arif arifah arife ariff arifin ariful arij arijan
arijana arijeta arijus arik arild arina arinbjorn arini arinze ario aris arisa aristea aristides aristotelis
arita aritz arja arjan arjana arjanit arjay arjen arjeta arjun arjuna arkadiusz arlene arleta arlete arletta
arlette arley arlind arlinda arlindo arlyn arman armand armanda armandas armande armando armann armelle armen
armend armenio armi armin arminas arminda armindo armir arna arnaldo arnaldur arnar arnas arnau arnaud
arnbjorg arndis arne arnel arnela arnes arnfinn arnfriður arngrimur arnheiður arnhild arnhildur arni arnie
arno arnold arnoldas arnoldo arnor arnost arnoud arnrun arnstein arnt arnulf arnulfo arny arnþor aroa arohi
aron arora arpad arpadne arpi arpita arron arsen arsene arseni arsenije arsh arshad arsi arsim arslan arsæll
arta artan artek artem artemi artemio artemis arthur arti artigas artina artiola artiom artjom arto arton
arttu artturi artur arturas arturo artyom arul arum arumugam arun aruna arunas arune arve arved arvi arvid
arvidas arvie arvin arvind arvo arvydas arwa arwin aryan aryani aryo arzu asa asad asaf asako asami asan
asanda asbjorg asbjorn asbjørg asbjørn ascension ascia asdis asdren asdrubal ase aseel asen asep asgeir asger
asgerður asghar asgrimur ash asha asher ashfaq ashild ashildur ashish ashleigh ashley ashling ashok ashraf
ashu ashutosh ashwini asia asiah asier asif asih asija asikin asil asim asimina asiphe asiya asiye asja aska
aske asko aslak aslam aslan aslaug asle asli asllan aslı aslıhan asma asmaa asmae asmah asmau asmeret asmir
asmira asmita asmo asmund asmundur asmus asne aspa aspasia asq asrar asri asrul asrun assaf assi assia assil
assis assiya assma assmae assumpta assuncao assunta asta aster asterios asthildur asti astri astrid astride
astrit astriður astros astrun astuti astþor asuka asuman asumi asun asuncion aswathy asya asyraf atakan atanas
atanaska atdhe atef athanasia athanasios atheer athena athenkosi athina athirah ati atiek atif atika atikah
atilio atilla atin atinuke atiqah atle atli atman ats atso atsuko atsumi atsushi atte attila attilane attilio
attracta atul aty aubrey aud aude audhild audra audrey audrius audrone audu audun audur aufa augis augusta
augustas auguste augustin augustina augustinas augustine augusto auke aukje aukse aukusti auli aulia aulikki
aulis aulona aune aung aura aurea aureja aurela aurelia aurelie aurelien aurelija aurelijus aurelio aurika
aurimas auris aurora aurore ausenda ausra ausrine auste austeja austin austine auvo auwal auwalu auxilia
auðbjorg auðunn auður ava avdi avdo avdyl ave aveli avelino avely avi aviad aviel avinash avital aviv aviva
aviwe avner avni avraham avril avtar awais awan awang awatef awatif awet awi awie axel axelle axilleas aya
ayabonga ayadi ayahe ayaka ayako ayala ayame ayami ayan ayana ayanda ayane ayano ayari ayat ayaz ayca aycan
aycha ayda ayde aydee aydin aydın aye ayelen ayelet ayen ayeni ayesha ayfer aygul ayhan ayie ayisha aykut ayla
ayleen aylen aylin ayman aymane aymen aymeric aynur ayo ayob ayobami ayodeji ayodele ayoe ayomide ayoola ayoub
ayouta ayrton ayse aysegul aysel aysen aysenur aysha ayshe aysu aysun aytekin ayten ayu ayub ayuba ayumi ayush
ayushi ayya azad azahara azam azamat azat azdin azdine azeddine azeem azeez azem azemina azer azevedo azhar
azie azim azimah aziz aziza azizah azizan azize azizi azizul azka azlan azlin azlina azman azmi azooz azouz
azra azri azrul azucena azul azumi azuolas azura azusa azwan azza azzeddine azzedine azzurra aðalbjorg
aðalheiður aðalsteinn baard baba babak babalola babalwa babangida babar babatunde babcia babett babette babi
babis babita babli bablu babsi babu babul baby babylyn bacem bachir bachtiar backes badar bader badia badiaa
badis badr badra badro badrul bafana bagas baggelis bagus baha bahaa bahadır bahar bahattin bahija bahri
bahrija bahrije bahriye bai bailey baiq bairon bajram bakare baki bako bakol bakonyi bakos bakti bakul bala
balaji balazs balazsne balbina balder baldur baldvin balint baljinder baljit balkis ball balog balogh balogun
balqis balsa baltasar baltazar baltes balu balwinder balys bam bambang bamidele ban bandana bandi bandile bane
banele bang banga bankole banti banu banyu bao bapi baptiste bar bara baraa barak baran baranyai baranyi
barath barb barbara barbel barbi barbie barbora barborka barbosa barbro barby barca bard bardh bardha barhoumi
barica baris barna barnabas barnali barney barni barra barraca barrie barros barry bart barta bartek bartha
bartlomiej bartol bartolome bartosz bartul bartłomiej baru barunka barus baruska barði barður barıs bas basak
basant basel basem bashar basheer bashir bashkim basia basilhs basilis basirat basiru baska basma basmala
basri bassam bassant basse bassem bassey bassma basti bastiaan bastian bastien bastos basuki bata batel batik
bato battal batuhan baudouin bauti bautista bave baya bayan bayram bayrem bayron bayu bea bear beat beata
beate beathe beatka beatrice beatrix beatriz beau beauty beba bebo bebot becca bechir beci becia beck becker
becky beda bedirhan bedri bedrich bedrije bedriye bee beena beggi bego begona begum behar behare bei beibei
beideler beidler bek beke bekim bekir bel bela belal belane belchior belen beleza belgacem belgin belinda
belinha belkacem belkis bella belle bello belmin belmira belmiro belu beluu ben benas bence bench bencze
bendeguz bendik bendt benedek benedetta benedetto benedict benedicta benedicte benedictus benedikt benediktas
benedikte benedita benedito benedykt benek beng bengt bengt-ake bengt-goran beni benia beniamin beniamino
benicio benilde benita benito benj benja benjamim benjamin benjie benjo benke benko benni bennie benno benny
beno benoit benson bent bente benthe bento benvinda benz bep bepa bepo beppe beqir ber berangere berat berchem
bere berecz bereczki berend berenice berenika beres berfin berg bergdis berglind bergljot bergros bergrun
bergsteinn bergsveinn bergur bergþor bergþora beril berisha berislav berit berith berivan berk berkan berkay
berke berkes berki berlian bern berna bernadeta bernadete bernadeth bernadett bernadetta bernadette bernadka
bernard bernarda bernardas bernardete bernardica bernardino bernardita bernardo bernardy bernat bernd berndt
bernhard berni bernice bernie bernt berny berrin berry berta bertalan bertel bertemes bertha berthold bertie
bertil berto bertold bertram bertrand bertus beryl besa besar besart besarta besfort beshoy besi besiana besim
besjan besjana besma besmir besnik bess bessa bessem bessie beta beth bethan bethany beti betiana betim betina
betinha betka beto betsie betsy bettan betti bettiana bettina betty betul bety beus bev beverley beverly
beyhan beytullah beyza beyzanur bhaby bhanu bharat bharati bharti bhaskar bhat bhavana bhavani bhavesh bhavika
bhavna bhavya bhawna bhe bheki bhing bhola bhong bhumi bhumika bhupendra bhupinder bhutia bia biagio bianca
bianka biao biba bibbi bibi bibia bibiana bibicha biborka bicha bidemi bieke biel bien biggi bihari bijay biji
bijouterie biju bikash bikram biku bilal bilel bilge bilgin biliana bilja biljana bilkisu bill billal billel
billy bilyana bima bimo bin bina binasa binbin bindu bine bing binita binni binod bint binta bintang binu
biola bipin bircan birger birgir birgit birgith birgitt birgitta birgitte birgul birk birkir birna biro birol
birsen birta birte birthe birute bisenius biser bisera biserka bisi bislim bisola bissen bistra biswajit bitte
bitten bittu bjargey bjarke bjarki bjarndis bjarne bjarney bjarnheiður bjarni bjarnveig bjarte bjartmar
bjartur bjondina bjorg bjorgvin bjork bjorn bjørg bjørn bjørnar bladimir blagoje blagota blagovest blair
blaise blake blanca blandine blanka blas blasi blaz blaza blazej blazena blazenka blazenko blazka blazo bledar
bledi blend blenda blendi bleon bleona blerim blerina bleron blerona blerta blerton blessing blinera boaz bob
boba boban bobana bobby bobe bobi bobo boboy bocha bochra boda bodi bodil bodnar bodo bodor bodzio boedi boel
bogda bogdan bogi boglarka bogna bognar bogoljub bogomil bogumil bogumila bogumił bogumiła bogus bogusia
boguslaw boguslawa bogusz bogusław bogusława bohdan bohdana bohous bohumil bohumila bohumir bohunka bohuslav
bohuslava boiko boipelo boitumelo bojan bojana boje bojidar boki bola bolaji bolanle boldizsar bolek boleslaw
bolesław bolette bolso boluwatife bona bong bonga bongane bongani bongeka bongekile bongi bonginkosi bongiwe
bonifacio bonnie bonolo bontle boon bora borbala borbely borek borgar borges borghild borghildur borgny
borgþor bori boriana boris borislav borislava boriss borivoj borja borje borka borko borkur borna boro boroka
boros borqna borsos borut boryana borys bosa bosco bose bosede bosiljka bosko bosse bosseler bossi bostjan
bosy boti botond botos bou boualem boubaker bouchaib bouchra bouchta boudewijn bourquel boutaina bouthaina
boutheina bouzid bouzidi bowen bowie bowo boy boyan boyana boye boyet boyko bozana boze bozena bozenka bozenna
bozhidar bozica bozidar bozidarka bozo boðvar braco brad bradley brady brage bragi brahian brahim brahmi
braian braima brais brajan bram brana branca brandenburger brandi brandon brandur brandy brane branimir
branislav branislava branka brankica branko brano bratislav braulio braun brayan brayden breanna brecht breda
brede breeda breege breffni breiner breki bren brenda brendan breno brent bretislav brett brian briana brianna
brice brid bridget bridie briege briet bright brigi brigid brigida brigita brigitta brigitte brijesh brikena
brina brisa brit brita brites brith britt britt-inger britt-louise britt-mari britt-marie britta brittany
brittmarie brittney britz brix bro broddi brona bronagh brone bronek bronia bronislav bronislava bronislaw
bronislawa bronisław bronisława bronius brook brooke bror bruce brucher bruna brunella brunhilde brunilda
bruno brunon bry bryan bryce brygida brylle bryndis brynhild brynhildur brynja brynjar brynjolfur bryony
btisam btissam buba buboy budai budhi budi budianto budiarto budiman budimir budiono budy bugra buhari buhle
bujar buket bukky bukola bukurie bukurije bukuroshe bulan bulelani bulelwa bulent bun bunda bundae bundane
bundanya bundha bung bunga bunmi bunyamin buqe burak burbuqe burcin burcu burgi burhan burim burkhard busayo
buse bushra busi busisiwe busra buster butch butik butrint buyung bylgja byron børge børre błazej caatiia
cabdi cabete cabeza cabral cacho caco caecilia caetano cafer caffe cagla cagrı cahaya cahit cahya cahyo cai
caio caique caisa cait caitlin caitriona cajsa cak cal caleb calle callum cally calogero caloy calum calvin
cam cambios cameron cami camii camila camilla camille camillo camilo cammy canan canario candace cande candela
candelaria candice candida candido candra candy caner cansel cansu cantika cao caoimhe caoimhin caolan cap
capa capo cara cardo cardoso carey cari carin carina carine carita carito carl carl-emil carl-fredrik
carl-henrik carl-johan carl-magnus carla carles carlijn carlinhos carlita carlito carlitos carlo carlos
carlota carlotta carly carlyne carman carme carmel carmela carmelina carmelita carmelo carmem carmen carmenza
carmina carminda carmine carminho carmit carmo carneiro caro carol carola carole carolien carolin carolina
caroline carolyn carrie carro carry carson carsten carter carvalho cary cas casey casimiro caspar casper
cassandra cassara cassia cassiano cassidy cassie cassiel cassio cat cata catalin catalina catarina caterin
caterina cath cathal catharina catheriine catherin catherina catherine cathinka cathrin cathrine cathriona
cathy cati catia catja catlin cato catriel catrin catrine catriona cattis catur cayetano cebrail ceca cecep
ceci cecii cecil cecile cecilia cecilie cecilija cecille cecillie ceco cecy cecylia ced cedomir cedric cedrick
ceejay cees ceferino cel celal cele celeste celestina celestine celestino celestyna celia celina celine celio
celso celya cem cemal cemil cemile cemre cenda cenek cengiz cenk cennet ceren ceri ces cesaltina cesar cesare
ceslava ceslovas cess cestmir cetin cettina ceu cevat cevdet ceyda ceyhun ceylan cezar cezary cha chad chadia
chafik chahd chahed chahid chahinez chahra chahrazed chai chaima chaimaa chaimae chairul chaker chakib chakir
chalotte chama chams chan chanda chandan chandni chandra chandrika chandu chanez chang chantal chantel
chantelle chao chara charaf charalampos charbel chard charel chari charie charis charisse charito charity
charl charlene charles charley charlie charline charlott charlotta charlotte charly charlyn charm charmaine
charo chasan chase chatarina chau chaussy chava chavdar chawki chayma chaymaa chaymae che cheah chebbi cheche
chechu chedia chedli chee cheila chel chelle chelo chelsea chelsey chema chen chenchen cheney cheng chenxi
cheong cher cherie cherif cherni cherrie cherry cheryl cheska chester chetan chetna cheuk cheung chew cheyenne
chhaya chhotu chi chia chiaki chiamaka chiang chiao chiara chibuike chibuzor chiche chichi chicho chico
chidera chidi chidiebere chidimma chidinma chie chieh chieko chiel chiemi chien chigozie chih chiharu chiheb
chihiro chiho chijioke chika chikako chima chiman chimezie chin china chinami chinasa chinatsu chinaza chinedu
chinelo chinenye ching chingching chinna chino chinonso chinonye chinwe chinwendu chinyere chioma chira chirag
chiraz chisa chisato chisom chit chito chitra chiu chiwai chiyo chizoba chizuko chizuru chizzy chloe chng cho
chocho choi chokri cholo chona chong choo choong chotu chou chouaib chourouk chow choy chrescht chresten chri
chrif chrifa chrille chris chrisa chrisi chrisoula chrissi chrissie chrissy christa christabel christal
christel christelle christen christer christiaan christian christiana christianah christiane christianna
christie christien christin christina christine christinna christl christo christof christofer christoffer
christoforos christoph christophe christopher christos christy chrysa chrysanthi chrysoula chryssa chu chua
chuan chuang chucho chuck chuen chui chuks chukwu chukwudi chukwuemeka chukwuma chun chung chunyan chus chuy
cia cian ciao ciara ciaran cica cicci ciccio cicek cicera cicero cici cicik cicilia cida cidalia cielo cigdem
cihan cihat cik cikk cila cilene cili cilita cilla cille cillian cilly cina cindie cindy cinta cinthia cinthya
cinti cintia cinzia ciprian cipto circle cirilo cirkeline ciro ciska cissi cissy citlali citra ciwan claes
claes-goran clair claire claire-lise clara clare clarence clarice clarinda clarisa clarissa clarisse clark
clas clau claudemir claudete claudette claudi claudia claudie claudine claudinei claudio claudiu claus clayton
cleber cleide cleiton clelia clem clemence clemens clement clemente clementina clementine cleonice cleusa
cleuza clever cleverson cleyton cliff clifford clint clinton cliodhna cliona clirim clive clodagh clodoaldo
cloris closter clotilde cloud clover clovis clyde cobie coby coco cody coelho coen coeur coimbra cola cole
coleen colette colin coline colleen collen collette collins colm colman colo colton colum comfort con conal
conall conan conceicao concepcion concetta concha conchi conchita confidence confiesate cong coni conni connie
connor conny cono conor conrado constanca constance constantin constantina constantine constantino
constantinos constanza constanze consuelo cony conzemius cooper cor cora coral coralie corazon cordella
cordula corentin corey corina corine corinna corinne cormac corne cornelia cornelis corrado correia corrie
corrine corry cory coryse cosimo coskun cosmin costa costantino costanza costas costel cote courtney couto
craig creche cremilde cris crisanto criselda crisolita crispin cristal crister cristhian cristi cristian
cristiana cristiane cristiano cristina cristine cristo cristobal cristofer cristopher cristovao cristy crna
crni cro cruz crystal csaba csabane csabi csak csanad csaszar cseh csenge csikos csilla csillag csizmadia
csongor csonka csontos ctibor ctirad cui cuma cumali cuneyt cunha curro curt curtis custodia custodio cut
cvetan cvetelina cveti cvetka cvetomir cvita cyara cynthia cyntia cyprian cyril cyrill cyrille cyrine cyrus
czarek czarina czesia czeslaw czeslawa czesław czesława cæcilie daan daaniel daca dace dacha dada dadan dadang
daddou dadi dado dadou daeng daffa dafina dafna dafne dafni dag daga dagbjartur dagbjort dagfinn dagmar
dagmara dagna dagny dagoberto dagrun dagur dahi dahia dahiana dahiru dai daia daiana daiane daichi daigo daii
daiki daina dainius dainora daire dairo daisuke daisy daithi daiva daivaras daja dajana dalal dale dalel dali
dalia dalibor daliborka dalija dalila dalimil dalius daljit dallas dalloulet dalma daloula daloulet daloulit
daloult dalros dalva daly dalyte damar damaris dami damia damian damiana damiano damianos damiao damien damii
damijan damilola damir damira damjan damjana damla dammy damo damon damyan dan dana danae danai danail danang
danas danca dancho dandan danek danfriður dang dangira dangiras dangis danguole dani dania danial danica danie
daniel daniela daniele danielius daniella danielle danielo danii daniil danijel danijela danil danila danilo
danique danish danitza danius danjuma danka danko danna danne danni dannie danny dano dante danubio danuse
danusia danuska danuta danute dany danya daphne dapur dara daragh darci darcy dardan dardo dare darek daria
darija darijan darijo darijus darina darine darinka darinko dario darius dariusz darja darjan darjus darka
darko darlan darlene darling darmadi darmawan daro darragh darran darrell darren darri darryl darshan darwin
darya daryl dasa dasha datu dauda daumantas daut dave davey davi david davide davidek davie davina davinder
davinia davið davor davorin davorka davoud davut davy daw dawe dawei dawid dawn day daya dayana dayane dayang
dayanna dayo dayu daz daði dea deak dean deana deanna dearbhla deasy deb debbie debby debora deborah debra dec
decio decky declan deddy dedeh deden dedi dedy dee deena deep deepa deepak deepali deepika deepti deepu deeqa
defne deiby deicy deima deimantas deimante deimer deirdre deise deisy deivid deividas deivis deivydas dejan
dejana dejo dejv dek deki delano delfi delfim delfina delfino delia delphine delshad demet demeter demetrio
demi demian demir den denas denca denden denes deng deni denica denice denilson denis denisa denisas denise
deniska denislav deniss denisse denitsa deniz denmark dennis denny denok denver deny denys deo deolinda deon
derek derin derk derlis derly dermot derrick derry dervla derya des desa desak desanka desi desiree desislav
desislava desmond despina despoina dessie dessy destiny desty desy detelina detlef detlev detti dev deva
devendra devi devin devis devita devon devy dewa dewi dexter deyan deyanira deysi deyvis dezso dhan dhananjay
dhani dhany dhanya dhara dharmendra dhaval dheeraj dhekra dhel dhen dhia dhika dhiraj dhita dhmhtrhs dhouha
dhurata diaa diago diah diamant diamantino diamantis diamond dian diana diane dianita dianne diar diarmaid
diarmuid dias dibran dick dickson dicky dida didde didem didi didier didiet didik didin didine didit dido
didou didrik diederich diederik diego diegoo dieguito diellza dien dieter dietmar dija dijana dikeledi dikla
diksha dil dilan dilara dileep dilek dileta diletta diliana dilip dilja dillon dilyana dim dima dimakatso dimi
dimitar dimitra dimitri dimitrije dimitrina dimitrinka dimitrios dimitris dimitur dimityr dimka dimo dimos
dimosthenis dimpal dimpho dimple din dina dinara dinarte dinas dinda dindo dineke dinela dineo dinesh ding
dini dinie dinis dinka dinko dino dinorah dinos diny diogo dion diona dionisio dionisis dionysia dionysios
dionysis diosdado dipa dipak dipali dipankar dipika dipti dipuo diqn dirce dirceu dirk disa disha dita ditlev
ditte diver divina divine divna divya diya diyah diyan diyana djaka djalal djalil djalma djamal djamel djamila
djdi djelloul djellza djidji djilali djina djo djohan djoko djole djoni djordje djordjije djuka djura djurdja
djurdjica djurdjina djuro dmitri dmitrii dmitrij dmitrijus dmitriy dmitry dmytro doaa dobos dobri dobrica
dobrila dobrin dobrinka dobrivoje dobromir doda doddy dode dodong dody doel dogan dogg dogomar dogukan doha
doireann dolapo dolly dolores dolors dom domagoj domantas domante domas domca domen domenic domenica domenico
domhnall domi domina dominador domingas domingo domingos domingues dominic dominick dominik dominika dominique
domino dominyka dominykas domokos domonkos domotor don dona donagh donal donald donaldas donat donata donatas
donatella donato donce dondon dondu dong dongdong dongmei doni donia donie donika donjeta donka donna donnacha
donncha donnchadh donner donny donovan donya dor dora dorathy dorcas dorci doreen dorentina dores dori dorian
doriana dorien dorijan dorina dorine doris dorisz dorit dorja dorka dorli doron dorota dorotea doroteja
dorothea dorothee dorothy dorotka dorottya dorra dorrit dorsaf dorte dorthe dorthea doruntina dostert dou
douaa douae doudi doug douglas dounia dounya douwe dovile dovydas draga dragan dragana dragec dragi dragica
draginja dragisa drago dragoljub dragomir dragoslav dragoslava dragutin drahomir drahomira drahos drahoslav
drahoslava drasko drazan drazen drazena drazenka dren drenusha drew dridi dries drifa drilon drilona drin dris
driss drita dritan driton drofn dror duaa duan duarte duban dubravka dubravko duda dudas dudi dudu duduzile
dudy duje dujo dukagjin duke dulce dule dumisani dumitru duna duncan dunja duo dupe durai durakovic duran
durda durdica durga durgesh durim durmus duro dursun dusan dusanka dusica duska dusko dustin duvan duygu dvir
dwayn dwayne dwi dwie dwight dwita dyah dylan dymphna dympna dzemal dzenan dzenana dzeneta dzenis dzenita
dzesika dzevad dziugas dziuljeta dzoni dzseni dzsenifer eadaoin eamon eamonn eanna earl eason ebba ebbe ebele
ebenezer eber ebere eberhard ebrahem ebrahim ebru ebuka ece ecem ech echo eckhard ecrin eda edanur edas edc
edda eddie eddy ede edek edel edeltraud eden edenilson eder ederson edga edgar edgaras edgard edgardo edgars
edi edier edilberto edilene edileuza edilma edilson edimar edimara edin edina edinaldo edinson edis edisa
edison edita edite edith editha edivaldo edivan edlira edmar edmee edmilson edmon edmond edmund edmundas
edmundo edna ednaldo edo edoardo edon edona edonis edouard edrian eds edsel edson edu eduar eduard eduarda
eduardas eduardo eduart edurne edvaldo edvan edvard edvardas edvin edvinas edwar edward edwige edwin edwina
edy edyta edz edzia eef eefje eelco eeli eelis eemeli eemi eemil een eerik eerika eero eesti eetu eeva
eeva-liisa eevi efe efendi effa effendi effie effy efi efrain efrat efren efthimis egbert ege egert eggert
egidija egidijus egidio egil egill egis egle eglute egon egor egzon egzona eha ehab ehh eibhlin eider eigil
eii eiichi eija eiji eik eike eiko eila eileen eilen eili eilif eilis eilish eimantas eimante eimear eimer
eimutis einar einaras einari einat einav eine eini einir eino einoras eira eirhnh eirik eirikur eirin eirini
eitan eithne eivind eivor eivydas eiður ejay ejgil ejike ejiro ejnar ejner ejona ejvind eka ekaterina ekene
eki ekin ekke eko ekram ekrem ekta ela elad eladio elaine elanur elar elari elba elbasan elbio elda eldan
eldar eldbjørg eldin eldina eleana eleanna eleanor eleazar eleftheria eleftherios elek elemer elena elenh
eleni elenice elenor eleonor eleonora eleonore eleri elerin elery eleutheria elfa elfar elfi elfie elfina
elfriede elham elhem eli elia elian eliana eliane elias eliasz elica elida elie eliecer eliel elien eliene
eliete elif elife eligijus elii eliis eliisa eliisabet eliise elija elijah eliko elin elina elinborg eline
elinga elinor elio eliran elis elisa elisabet elisabeta elisabete elisabeth elisabetta elisangela elisavet
elisaveta elise eliseo eliseu elisha elisio eliska elita elitsa eliza elizabet elizabeta elizabete elizabeth
elizangela elizaveta elize elizete elizeu eljas eljesa elka elke elkin ella ellaine elle ellen ellert elles
elli ellie elling ellinoora ellinor elliot elliott ellis ellu elly ellys elma elmar elmarie elmas elmedin
elmedina elmer elmeri elmira elmo elna elo elod elodie eloisa eloise elona eloy elpida els elsa elsan elsayed
elsbeth else-marie elsebet elsebeth elsi elsie elson elsy elsye elton elva elvan elvana elvar elve elvedin
elver elvi elvia elvie elviera elviira elvinas elvio elvir elvira elvis elvisa elvyra elwira ely elyes elyte
elza elzana elzbieta elze ema emad eman emanoel emanuel emanuela emanuele embla emeka emel emelia emelie
emeline emelita emelyn emem emer emerald emerson emese emi emica emidio emie emiel emii emika emiko emil emila
emilce emile emilia emilian emiliano emilie emilien emilija emilijus emilio emiliq emilis emiliya emilka
emilly emilse emily emin emina emine emir emirhan emiri emma emman emmanouela emmanouil emmanuel emmanuella
emmanuelle emmeli emmelie emmet emmett emmi emmie emmy emna emoke emppu emrah emre emrullah ems emy emylie emz
ena enas encarna encarnacion encarni encho enci encik enda endah endang endel ender endi endre endrene endrik
endrit endro endy ene enea eneko enel eneli enelin enely enes enesa eng engelbert engilbert engin engla engr
engy eni eniko eniola enis enisa enma enn enna enni ennio enno enny eno enobong enric enrica enrico enrika
enrikas enrique ensar ensio entela entringer enver eny enya enza enzo eoghan eoin ephraim epp eppu era eran
erasmo erawati eray erblin erblina ercan erdal erdan erdei erdelyi erdem erdinc erdjan erdogan erdos eren erez
ergin ergo ergun erhan erhard eri eric erica erich erick ericka erickson erico ericson erik erika erikas eriko
erin erina erinaldo erion eriona eris erisa erivaldo erivan erja erjon erjona erkan erki erkka erkki erkko
erko erla erland erlandas erlangga erle erlend erlendur erlina erlinda erling erlingur erma ermal ermanno
ermelinda ermin ermina erminia ermir ermira ermo erna ernad ernada ernawati ernes ernest ernesta ernestas
ernestine ernesto erni ernie ernis erno ernone ernst erny erol eroll eron erona eros erovic errol erry ersin
ertan ertugrul ervin ervinas ervis erwan erwin eryk eryka erza erzsebet erzsi erzsike erzso esa esad esada
esam esat esben esbjorn ese esequiel esin eske eskil eskild esko eslam esma esme esmee esmeralda esmin
esneider espe espen esperanca esperanza esra esraa esref ess essam essi essia est esta esteban estefani
estefania estefany estefi estela estella estelle ester estera esteves esther esti estiven estrela estrella
eszter eszti eta etelka etelvina ethan ethel ethna eti etienne etleva etoile etsuko ettore etty etz eua
euaggelia euan eucharia euclides eudes euge eugen eugene eugenia eugenija eugenijus eugenio eugeniusz euis
eulalia eunan eunice eunika eunjin eunkyung eunyoung eurico eusebio eva eva-britt eva-karin eva-lena eva-lotta
eva-maria eva-marie evagelia evaggelia evald evaldas evaldo evalena evan evandro evangelia evangelina
evangeline evangelos evar evca evdokia eve eveli evelien eveliina evelin evelina eveline evely evelyn evelyne
everaldo everardo everson evert everton evgen evgeni evgenia evgenii evgenij evgenija evgeniy evgeniya evgeny
evi evica evicka evie evik evike evin evka evon evonne evren evy evzen ewa ewald ewan ewcia ewe ewela ewelina
ewelinka ewerton ewka exe exequiel eya eyad eyal eydis eyglo eyjolfur eyka eylem eylul eyrun eystein eysteinn
eythor eyup eyvind eyþor eze ezee ezekiel ezequiel ezgi ezinne ezio ezzat ezzeddine ezzedine eðvarð fab faber
fabi fabia fabian fabiana fabiane fabiano fabien fabienne fabijan fabio fabiola fabri fabrice fabricio
fabrizia fabrizio faby facu facundo facuu fadhel fadhila fadi fadila fadime fadjar fadly fadma fadoua faduma
fadumo fadwa fady fadzilah fafa fagner fahad fahd fahmi fahreta fahrettin fahri fahrije fahriye fahrudin fai
faicel faik fairuz faisa faisal faith faiz faiza faizah faizal faizan faizul fajar fakher fakhri fakhrul falk
falko familia familien familjen fan fanda fandi fandy fang fangfang fani fanie fanis fannar fanndis fanney
fanni fannie fanny fany faouzi faouzia fara farago farah fardowsa fares farhan farhana farhat farhiya farhiyo
fariba farid farida faridah farideh faris farkas farooq farouk fartun faruk farzana farzaneh fat fatah fatai
fatat fatbardha fateema fateemah fateh fatema fatemeh faten fathi fathia fathima fathur fathy fati fatih
fatiha fatihah fatii fatim fatima fatimah fatimazahra fatime fatimzahra fatin fatine fatinha fatita fatjon
fatjona fatlind fatlinda fatlum fatlume fatma fatmah fatmanur fatme fatmir fatmire fatna faton fatoom fatos
fatou fatouma fatuma faty fausta faustas faustino fausto faustyna fauve fauzan fauzi fauziah favian favio
favour fawzi fawzy fay faycal faycel faye faysal fayssal fayza fazal fazekas fazilah fazli feargal fearghal
febby febe febri febrina febry feby fede fedee federica federico fedi fedor fefo feher fehmi fei feifei fejes
fekete feli felice felicia feliciano felicidade felicie felicita felicitas felicja feliks feliksas felipe
felisa felisbela felisberto felix fella feller feltz fely femi femke fen fena fendy feng feni fenia fenna
fenny fenty feny fer ferchichi fercho ferchu ferda ferdi ferdian ferdie ferdinand ferdinando ferdo ferenc
ferencne ferencz ferenczi feres fergal fergus ferhat feri ferid feride feriel ferit ferjani fermin fernan
fernand fernanda fernande fernandes fernando ferney ferny ferran ferreira ferruccio ferry fery feryel festim
festina festus feten fethi fetije fettes fetty fevzi feyza fia fiachra fiama fidan fidel fidelis fidelma fie
fien fifi figen figueiredo fikile fikret fikri fikrije fikriye fila filda filiberto filio filip filipa filipe
filipp filippa filippo filippos filiz filloreta filmon filomena fina finbar finbarr finian finka finn finnbogi
finnur finola fintan fio fion fiona fionn fionnuala fiore fiorela fiorella fiorenza fiorenzo firas firat firda
firdaus firdaws firdevs firma firman firmansyah firmino firoz fischbach fish fisher fisnik fita fitim fitnete
fito fitore fitri fitria fitriana fitriani fitry fiza fjodor fjola fjolla fjolnir flaco flaka flamur flavia
flavie flavien flavio flemming fletes fleur flia flick fllanza flo floki floo floor flopi flopy flor flora
florante florbela florcita flordeliza flore florence florencia florencio florent florian floriana floriane
florijan florije florim florin florinda florine floris florjan florjana flosi flurina flutra flutura foad
fodor fofa fofi fohl fok folake folakemi folasade folashade folke foluke fong fonny fons foo foong forest
formosa forrest fortes fortesa fortunate fortunato fortune foteini fotini fotis fou fouad foued foufa fouzi
fouzia fra fraj fran franc franca france frances francesc francesca francesco franchesca franci francia
franciane francie franciele francieli francien francilene francine francis francisca francisco franciska
franciszek franciszka franck franco francois francoise francy frands frane franek franjo frank franka frankie
franklin franko franky frano frans fransisca fransisco fransiscus fransiska fransiskus franta frantisek
frantiska frants frantz franz franzi franziska fraser frauke fred freda fredde freddie freddy frede frederic
frederick frederico frederik frederikke frederique fredi fredric fredrik fredrika fredrikke fredy freek
freitas frej freja frenz fresia freya freydis freyja freyr frida fride friderika fridrik fridtjof frieda
friederike friedhelm friedl friedrich frieseisen frigyes frimann frisch friska frits fritsch fritz friða
friðbjorg friðbjorn friðfinnur friðgeir friðjon friðrik friðrika friður frk frode froilan froso frosti froukje
fru fruzsi fruzsina fryderyk frøya frøydis fti fuat fuchs fuka fulop fulvia fulvio fulya fumi fumiaki fumie
fumika fumiko fumio fumiya fun funck funda fung funke funmi funmilayo funmilola furkan furtado fırat g-n gaal
gab gaba gabbe gabby gabca gabe gabi gabii gabija gabina gabino gabo gabor gaborne gabriel gabriela gabriele
gabrielius gabriella gabrielle gabrielly gabrijel gabrijela gabry gabrys gabrysia gaby gadi gadour gael gaelle
gaetan gaetano gafsi gagan gagandeep gaia gail gaile gaith gaja gaku gal galal galambos gali galia galih galin
galina galini galip galit galq galuh galya gamal gambo gamze gan gana ganesan ganesh gang ganimete ganiyat
ganiyu ganka gao gar garba garcia gard gardar gareth garima garret garreth garrett garry gary garðar gashi
gaspar gaspare gasper gast gaston gatot gatut gaukur gaurav gauri gautam gaute gauthier gauti gav gavan gavin
gavrilo gayathri gayatri gaye gaynor gaz gazi gazmend gazmir gbemisola gbenga gea gean geane gearoid gebhard
gedas gede gediminas geert geertje geeta geetha gege gehad gehan geili geio geir gel geli gellert gelo gelson
gem gema gemma gen gena genadi genadij genadijus genalyn genaro genc genci gene gener genesis genet genevieve
geng gengler genia genilson genita genki gennadi gennady gennaro genny genovaite genowefa gent genta genti
gentian gentiana gentrit genute geoff geoffrey geoffroy georg george georges georgette georgi georgia georgie
georgij georgina georgios georgy geovana geovane geovani geovanny ger gera gerald geraldine geraldo gerard
gerardas gerardine gerardo gerasimos gerben gerd gerda gerdas gerdur gergana gergely gergo gerhard gerhild
geri gerli gerlie gerlinde gerly germaine german germana germano germo gerner gernot gero gerold gerome
geronimo gerrie gerrit gerry gerson gert gert-jan gerti gertjan gerto gertraud gertrud gertruda gertrude
gertrudes gertu gervasio gerwin gerða gerður gessica gestur getoar getter gewrgia geza gezane gezim gha ghada
ghadeer ghaith ghani ghania ghanshyam gharbi ghassen ghazi gheorghe ghie ghislain ghislaine ghita ghizlan
ghizlane ghofran ghofrane ghulam giacinto giacomo giada giampaolo giampiero gian giancarlo gianella gianfranco
giani gianina gianluca gianluigi gianmarco gianmaria gianna giannhs gianni giannis gianpaolo gianpiero gideon
gie giedre giedrius giel gienek gienia gift gigi gigja gigliola gijs gil gila gilad gilang gilbert gilberte
gilberto gilda gildardo gili gill gilles gillian gilma gilmar gilmara gilmer gilson gilvan gime gimena gina
ginalyn gindt gines ginette ginevra ging ginika ginka ginny gino ginta gintaras gintare gintas gintautas
gintaute ginte gio gioacchino gioele gioia giok giordano giorgia giorgio giorgos giota giouli giovana giovane
giovani giovanna giovanni giovanny girish girlie girolamo gise gisel gisela gisele gisella giselle gislaine
gisle gisli gissel gisselle gissur gita gitana githa gitta gittan gitte gitti giuli giulia giuliana giuliano
giulio giuseppa giuseppe giuseppina giusi giusy given giwrgos giwta gizela gizella gizem gizi gjergji gjermund
gjertrud gjon gladis gladys glaiza glaucia gleb glen glenda glenn glennie gloden glodis glodt gloria glorija
glory glyn goca gocha goda godelieve godfrey godswill godwin goedert goga gogo goh gojko gokce gokhan gokul
golan golu gombos gomes gomez gona gonca goncalo goncalves gonchi gong gonia gonner gonnie gonring gontse
gonul gonza gonzaa gonzalez gonzalo goodluck goodness gopal gopi goran gorana goranka gorazd gord gordan
gordana gordon gorel gorete goreti gorette goretti gorica gorka gorkem gorm gosho gosia goska gospodin gosta
gote gottfried gourav gouri goutam govind gozde gra graca grace gracia graciano gracie graciela graciete
gracijela gracinda gracjan gracjana graeme graf graffe graham grainne gramos granit grant grantas grasges
grazia graziana graziano graziela graziella grazina grazka grazvydas grazyna gre grecia greet greete greetje
greg grega greger gregers gregoire gregor gregorio gregorius gregory greisch gresa greta gretar gretchen grete
greteliis grethe grethen greti gretta grettir grga grgo grgur gricelda griet grietje grigor grigori grigorij
grigoris grigory grima grimur gris grisel griselda grit grita grith griya gro groa grosir grozdana grun gry
grze grzegorz grzes grzesiek grzesiu guada guadalupe gualberto gualter guan guang gudbjorg guddu gudiya gudjon
gudlaugur gudmund gudmunda gudmundur gudni gudny gudrun guedes guenter guenther guesmi guga guglielmo gugu
gugulethu gui guida guido guilherme guilhermina guillaume guille guillem guillermina guillermo guiomar gujjar
gul gulam gulay gulbahar gulcan gulcin gulden guler gulhan gulistan gulizar gull-britt gullan gullu gulnara
gulsah gulsen gulseren gulsum gulten gulyas gummi gun gun-britt gun-marie guna gunadi gunawan gunay gunbritt
gundega gunes gunhild gunilla gunjan gunn gunnar gunnel gunner gunnhild gunnhildur gunni gunnlaug gunnlaugur
gunnsteinn gunter gunther guntur gunvor guo guoda guoqing gurdeep guri gurinder gurkan gurli gurmeet guro
gurpreet gurry gursel guru gurung gus gustabo gustaf gustas gustav gustavo gustaw guste gusti gusty gusztav
guttorm guttormur guus guven guy guzel guzman guðbjartur guðbjorg guðbjorn guðbrandur guðfinna guðjon guðlaug
guðlaugur guðmunda guðmundur guðni guðny guðriður guðrun gvidas gwen gwenaelle gwendoline gwgw gyda gylfi
gyongy gyongyi gyongyike gyongyver gyorgy gyorgyi gyorgyne gyori gyozo gyte gytis gyula gyulane gyuri gyuszi
gyða gzegoz gzim gøkhan gøran gøril haakon habeba haben habib habiba habibah habibat habibe habibi habtom
hacene hacer haci hacı hadar hadas hadeel hadeer hader hadi hadil hadiza hadj hadjer hady hafdis hafed hafedh
hafid hafida hafiz hafizah hafize hafliði hafrun hafsa hafsat hafssa hafsteinn hafþor hagar hagen hager hagit
haha haibin haibo haider haidy haifa haifeng haikal hailey hailong haim hair hairul haitam haitao haitham
haithem haiyan haiyang haiying hajar hajara hajdi hajdu hajer haji hajiba hajime hajiya hajjah hajji hajnal
hajnalka hajni hajoura hajrija hajrije hajro hajrudin hakan haki hakim hakima hakimi hakkı hako hakon hala
halasz haldis hale haley halfdan halil halim halima halimah halimat halime halina halinka halis halit halldis
halldor halldora hallfriður hallgeir hallgrimur halli hallur hallvard halouma haluk halvard halvor halyna ham
hama hamad hamada hamadi hamda hamdan hamdani hamdi hamdy hamed hameed hamid hamida hamidah hamide hamisu
hamit hamma hammadi hammami hammann hammed hamo hamoda hamood hamou hamouda hamoudi hampus hamsa hamudi hamza
hamzah han hana hanaa hanadi hanae hanako hanan hanane hanca handan hande handi hando handoko handoyo haneen
hanen hanene hanes hang hanga hani hania hanicka hanif hanife hanifi hanim hanin hanina hanine hanis hanisah
hank hanka hanna hanna-kaisa hanna-leena hanna-liina hanna-liis hanna-liisa hanna-mari hanna-maria hannah
hannamari hannatu hanne hanneke hannele hannelore hannes hanni hannibal hannie hanno hannu hanny hanouna hans
hans-ake hans-christian hans-erik hans-henrik hans-joachim hans-jurgen hans-jørgen hans-olof hans-peter
hans-petter hansen hansi hansjorg hanson hanspeter hansruedi hansueli hany hanys hanz hanım hao haoran haoyu
happiness happy hapsari hara harald haraldur hardeep hardi hardik hardo harel hargitai hari harianto haris
harish harith hariyanto harjinder harjit harley harm harman harol harold haroldas haroon haroun harpa harpreet
harra harri harrie harriet harris harrison harry harsh harsono hartanto hartati hartini hartmut hartono haru
harue haruka haruki haruko harumi harun haruna haruo harvey hary haryadi haryanto haryati haryo haryono hasan
hasanuddin hasbi haseena hashim hasibe hasime haslina haslinda hasna hasnaa hasnae hasnah hasni hasret hassan
hassana hassane hassania hasse hassen hassiba hassina hassna hassnae hatem hatice hatidza hatim hatixhe
hatsumi hatun haukur hauwa hauwau hava haval havar havard havva hawa haway haxhi haya hayal hayam hayat hayati
hayato haydar haydee hayden hayder hayet hayfa haykel hayley hayrettin hayri hayriye haytam haytham haythem
hazal hazar hazel hazem haziq hazir hazuki hbib hbibat hbibet hbibt heart heather heba hebe heber hebert
hechmi heck hector hedda hedi hedia hediye hedvig hedvika hedwig hedy heena hege hegedus hegyi hei heida heide
heidelinde heidemarie heiderscheid heidi heidrun heidy heigo heike heiki heikki heikko heiko heili heimar
heimir heimo hein heinar heine heinen heiner heini heino heinrich heinz heiti heitor heivi heiða heiðar
heiðdis heiðrun heiður hej hejer hekla hekuran hela helar helari helca helder heldi hele heleen helen helena
helene helenka heleri heleriin helerin helery helga helge helgi heli helia helin helina helio helis helja
helje helka hella helle hellen hellevi hellika helma helmi helmut helmuth heloisa helve helvi hely hema hemant
hemlata hemmer hemmo hen hend henda hendi hendra hendrawan hendri hendrik hendro hendry hendy heng hengki
hengky heni henia heniek henio henk henke henkka henky henn henna henna-riikka henni hennie henning henny
henri henric henrieta henriett henrietta henriette henriikka henrik henrika henrikas henrikke henriko henrique
henriques henrry henry henryk henryka heny herawati herbert herceg herculano herczeg herdis heri heribert
heriberto herki herkko herlander herlina herlinda herluf herma herman hermann hermanni hermansyah hermanto
hermawan hermelinda hermes hermi hermie hermin hermina hermine herminia herminio hernan hernandez hernando
hernani herni herolind herolinda herreria herry hershey herta heru herve herwig hery heryanto hesham hessa
hester hesti hesty heta hetal hetty heung hevin heðinn hiago hiba hicham hichem hicran hidaya hidayah hidayet
hidde hide hideaki hidekazu hideki hideko hidemi hidenori hideo hideto hidetoshi hideyuki hidy hieronim higor
hiie hikari hikaru hikmet hila hilal hilario hilary hilda hilde hildegard hildegunn hildigunnur hildur hilja
hilkka hill hilla hillar hillary hille hillevi hilma hilman hilmar hilmi hilmir hima himani himanshu himawan
hin hina hinako hinata hind hinda hindrek hindu hing hinrik hioe hipolito hiral hiram hiro hiroaki hiroe
hirofumi hirokazu hiroki hiroko hiromasa hiromi hiromichi hiromitsu hironobu hironori hiroshi hirotaka hiroto
hiroya hiroyasu hiroyuki hirtz hisae hisako hisao hisashi hisham hitesh hitomi hitoshi hiu hiwa hiwot hjalmar
hjalte hjalti hjordis hjorleifur hjortur hjorvar hjr hjørdis hla hlengiwe hlias hlif hlin hloðver hlynur hmad
hmd hmed hmida hmz hmza hnin hoba hocine hoda hodan hodaya hodzic hoffmann hofi hogne hogni hoho hoi holger
holiday hollerich hollie holly holmar holmfriður holmgeir homer homero hon honami honey hong hongbo hongwei
hongyan hongyu honoka honorata honza honzik hoon hope hopp horace horacio hordur horn horst hort hortencia
hortense horvath horvathne horður hosam hosin hoskuldur hosni hossain hossam hossein hossin hou houari houcine
houda houria houssam houssem houssin houssine howard hoyin hozan hrafn hrafnhildur hrafnkell hrannar hrefna
hreinn hreiðar hristian hristina hristo hrolfur hronn hrund hrvoje hrvojka hsan hsiang hsiao hsieh hsien hsin
hssan hsu hsuan hua huan huang huba huber hubert huda hugh hughie hugi huginn hugo hugrun hugues huguette hui
huib huimin hukic huld hulda hulya huma humberto humeyra hung hunor hunter huo huriye husein huseyin husna
husniye husnu husnul hussain hussaina hussaini hussein hussien huszar huub huw hway hwee hyejin hynek hyrije
hysen hysni hyun hyunju hyunjung iago iain iakovos ian iara iasonas ibadete iban ibbe iben ibi ibnu ibo ibolya
ibragim ibraheem ibrahem ibrahim ibram ibtihel ibtisam ibtissam ibtissem ibue ibukun ibune ica icey icha
ichiro ichraf ichrak ichsan ichwan ico icu icus ida ida-maria idah idalina idan idar ideal idham idir idit ido
idoia idongesit idowu idris idriss idriz idun idunn idy ieda ieva ife ifeanyi ifeoluwa ifeoma ifeta ifeyinwa
ifigeneia ifigenia ifrah iftikhar ifunanya ify iga igal igbala igballe ignac ignace ignacia ignacio ignacy
ignas ignasi ignazio igne ignotas igor igoris igwe iheb ihor ihsan ihssan ihssane ihuoma iida iik iikka iim
iin iina iiris iiro iis iisa iita iivari ijaz ijeoma ika ikaw ikbel ikechukwu ikenna iker ikhsan ikhwan ikmal
iko ikram ikrame ikue ikuko ikumi ila ilan ilana ilanit ilari ilaria ilario ilayda ilca ilda ildar ildi ildiko
ileana ilef ilenia ilham ilhame ilhan ilhem ili ilia ilian iliana ilias ilidia ilidio ilija ilijana ilina
ilinka iliq iliqn iliqna ilir iliriana ilirjana iliya iliyan iliyana ilja ilka ilkay ilker ilkka ilknur ilko
illar ille illes illimar ilmar ilmari ilme ilmi ilmo ilona ilonka ilpo ilse ilus ilvi ilya ilyas ilyass
ilyasse ilyes ilze ima imad imah iman imane imanol imantas imaobong imbi ime imed imee imelda imen imene imer
imi imke imma immacolata imogen imola imran imre imrene imrich imron imtiaz ina inacio inaki inari inas inass
inawati inbal inbar inci indah inday inder inderjit indra indrawan indrawati indre indrek indri indria
indriana indriani indriati indriyani indriði indu indy ine ineke inem ines inesa inese iness ineta inez
ing-britt ing-marie inga inga-britt inga-lill ingalill ingar inge inge-lise ingebjørg ingeborg ingegard
ingegerd ingel ingela ingelin ingelise ingemar inger inger-johanne inger-lise inger-marie ingerid ingerlise
ingfrid inggrid ingi ingibergur ingibjorg ingigerður ingimar ingimundur ingjerd ingmar ingmarie ingo ingolf
ingolfur ingrid ingrida ingun ingunn ingvald ingvar ingve ingveldur ingvi ingvil ingvild ingvill ingvor ingþor
inigo inka inkeri inma inmaculada inna innar inne innocent insaf intan inti intissar ioan ioana ioanna ioannis
iolanda iole ion ionel ionela ionut iordan iordanis iordanka iosif ioulia ipek ippei ipung iqbal iqra ira
iracema iraci iraklis iram irawan irawati irca ircsi irek irem iren irena irene ireneusz irenka irenke irfan
iria irina irineu irini iris irish irisz irit irja irka irma irmak irmantas irmawati irme irmeli irmelin
irmgard irmi irmina irna iro irondina irsan irshad irute irvan irvin irving irwan iryna isa isaac isabel
isabela isabelino isabell isabella isabelle isabelly isac isad isadora isagani isah isai isaiah isaias isak
isamu isao isaque isaura isela iselin isha ishak ishaq ishika ishmael ishola isi isiaka isidora isidoro
isidoros isidro isilda isioma iskandar iskander iskra iskren islam isleifur islem isma ismael ismail ismaila
ismajl ismar ismet ismeta ismini ismo isna isnaeni isobel isolde isra israa israe israel issa issac issam
issei isti istiqomah isto istvan istvanne isuf isıl ita itai italo itamar itana itay ito itoro itumeleng itz
itzel itziar itzik iulian iuri iva ivailo ivan ivana ivanas ivancica ivanilda ivanildo ivanka ivanko ivanna
ivano ivar ivari ivaylo ivca ive ivek ivelin ivelina iver ivet iveta ivete ivetka ivett ivette ivica ivika
ivka ivna ivo ivona ivone ivonete ivonne ivor ivos ivy iwa iwan iwanna iwo iwona iwonka iya iyabo iyad iyan
iyed iyke iza izabel izabela izabele izabella izan izberovic izet izeta izidor izka izolda iztok izumi izwan
izzah izzat izzati izzet izzy iðunn j-p jaagup jaak jaakko jaan jaana jaani jaanika jaanis jaanus jaap jaber
jabu jabulani jabulile jac jacco jacek jachym jacint jacinta jacinto jack jackal jackeline jackey jackie
jackson jacky jaclyn jaco jacob jacobo jacoby jacopo jacque jacquelin jacqueline jacques jacqui jad jade jader
jadran jadranka jadranko jadson jadvyga jadwiga jadzia jae jaeger jafar jaga jagdeep jagdish jagna jagoda
jagodica jagruti jahangir jahid jahn jai jaider jailson jailton jaime jaimy jair jairo jaison jaja jaka jakab
jake jakica jakir jakke jakob jakobina jakov jaksa jakub jakup jalal jale jalel jali jalil jalila jalmar
jalmari jam jamaica jamal jamaliah jameela jamel james jami jamie jamil jamila jamilah jamilu jamiu jan
jan-ake jan-eric jan-erik jan-olof jan-olov jan-willem jana janaina janar janari janas janat janca jancsi jane
janeco janek janeli janelle janely janet janete janeth janette janey janez jang jani janica janice janick
janicka janicke janik janika janina janine janinka janis janita janja janjan janka janko jankovic janna jannat
janne janneke janni jannica jannich janniche jannick jannicke jannie jannik jannika jannike jannis janno janny
jano janos janosne jantje janto januar janus janusz janvi jao jaouad jaque jaquelin jaqueline jar jara jarca
jarda jardel jared jarek jari jari-pekka jarin jarka jarkko jarl jarlath jarle jarmil jarmila jarmo jarna
jarne jarno jaro jaromir jaromira jaroslav jaroslava jaroslavas jaroslaw jarosław jarous jaruska jarvis jaryn
jas jasbir jasenka jasia jasiek jasim jasiu jaska jaskaran jasko jaslyn jasmi jasmiina jasmijn jasmin jasmina
jasmine jasminka jasna jasnica jason jaspal jasper jaspreet jass jasse jasser jasu jasvir jaswinder jati jatin
jatinder jatta jaume jaunius javad javed javi javier javiera javii javorka jawad jawaher jawhara jawher jay
jay-ar jay-r jaya jayanta jayanti jayar jaycee jayden jayesh jayjay jaylord jaymar jaymark jayne jaypee jayr
jayshree jayson jayvee jazmin jean jean-baptiste jean-christophe jean-claude jean-daniel jean-francois
jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel jean-paul jean-philippe jean-pierre
jean-yves jeane jeanet jeanett jeanette jeanine jeanne jeannette jeannie jeannine jeannot jeanny jeca jeck jed
jedrek jedrzej jeet jef jeferson jeff jefferson jeffrey jefim jefrey jegor jehad jehan jehona jeison jeisson
jekaterina jela jele jelena jelica jelisaveta jelizaveta jelka jelle jelly jelmer jelyn jem jemar jemina jemma
jemmy jemp jempi jen jena jenalyn jenda jenei jenelyn jeng jenifer jeniffer jenik jenn jenna jennelyn jenni
jennie jennifer jennilyn jenny jennylyn jeno jens jens-christian jens-erik jens-ole jens-peter jensina jente
jepoy jeppe jer jerald jerca jere jeremi jeremiah jeremias jeremiasz jeremie jeremy jeric jerica jericho
jerick jerico jerker jerko jerlyn jernej jerneja jero jeroen jerome jeronimo jerry jerson jerwin jerzy jes
jesi jesica jeslyn jesper jess jessa jesse jessi jessica jessie jesslyn jessy jester jestoni jesus jesusa jet
jeta jethro jetlira jetmir jetmira jetmire jeton jetro jette jevgeni jevgenia jevgenij jevgenija jevgenijus
jewel jezreel jha jham jhan jhane jhay jhe jhemp jhen jhing jho jhoan jhoana jhoel jhojan jhon jhona jhonatan
jhonathan jhong jhonny jhony jhoy jhuma jhun jhune jia jiahao jiahui jiajia jiajie jiajun jiali jialin jiamin
jiaming jian jianfeng jiang jianhua jianhui jiani jianjun jianping jianwei jiao jiaqi jiawei jiawen jiaxin
jiayi jiaying jiayu jibril jibrin jie jignesh jigs jihad jihan jihane jihed jihen jihene jihyun jiji jil
jilali jilani jill jillian jim jimboy jime jimena jimi jimmi jimmie jimmy jimoh jin jindra jindrich jindriska
jinfeng jing jingjing jingwen jingyi jingyu jinhee jinhua jinky jip jiri jirik jirina jirinka jirka jiro jisha
jita jitender jitendra jitka jitu jitule jivka jivko jiwon jiya jiyoung jlassi joa joachim joacim joaco joakim
joako joan joana joaninha joann joanna joanne joao joaquim joaquin joaquina joar joasia job jobelle jobert
joca jocel jocelyn jocelyne jochem jochen joci jocke joco jodi jodie jodis jody joe joebert joel joelle joelma
joelson joemar joen joep joerg joergen joeri joey joha johan johana johanes johanka johann johanna johanne
johannes johari john johnatan johnna johnni johnny johnpaul johnrey johnson johny johs joi joice joie jojie
jojo joke jokke joko joku jokubas jokull jola jolan jolana jolanda jolanta jole jolene joli jolien jolin
jolita jolka jolly jolo jolyn jom jomar jomari jomarie jomel jomer jon jona jonah jonalyn jonard jonas jonasz
jonatan jonatas jonathan jonathon jone jonel jong jonhatan joni jonida jonina jonjon jonna jonne jonnel jonni
jonnie jonny jonte jony jood joona joonas joonatan joop joose joosep joost jopa jopie jor jordan jordanka
jordao jordi jordy joren jorg jorge jorgelina jorgen jorgito jorgo jorgue jori jorid joris jorma jorn joro
jorrit jorun jorune jorunn jos jose joseane joseba josee josef josefa josefiina josefin josefina josefine
joselin joseline joselito joselo joseluis joselyn josema josenildo josep joseph josephine josette josh joshua
josi josiane josias josie josiel josif josimar josip josipa josko joso joss jostein josu josue josy jota jouda
joujou jouko jouni jovan jovana jovanka jovanovic jovelyn joven jovica jovie jovita jovo jovy jowita joy joyce
joycelyn joza joze jozef jozefa jozefina jozek jozi jozica jozka jozo jozsa jozsef jozsefne jozsi jrene juaco
juampi juan juana juanca juancarlos juanchi juancho juancito juanes juani juanis juanita juanito juanjo
juanjose juank juanma juanmi juany juaquin juarez juci jucus jude judit judita judite judith judy judyta jue
juerg juergen jugoslav juha juha-matti juha-pekka juhan juhana juhani juhasz juhi juho juju jukka jukka-pekka
jula julca julcia julcsi jule julek julen jules juli julian juliana juliane juliani julianna julianne juliano
julianti julianty julie julien juliet julieta julieth juliette julii julija julijan julijana julika julio
julissa julita julito julius juliusz juliya julja julka julle jumana jummai jumoke jumpei jun junaedi junaid
junaidah junaidi junel junfeng jung junichi juninho junior junji junjie junjun junko juno junpei junrey junwei
junya junyi juozapas juozas jupp jur jura juraj jurandir juras jurate jure jurek jurg jurga jurgen jurgis
jurgita juri jurica jurij jurijus juris juro jus juss jussara jussi jussi-pekka justa justas juste justice
justin justina justinas justine justino justo justus justyna jusuf jusztina juta jutka jutt jutta juul juuli
juulia juuso juvenal juvy juwita jyothi jyoti jyri jyrki jytte jøran jørgen jørn jørund kaan kaapo kaare
kaarel kaari kaarina kaarle kaarlo kaat kabelo kabir kabira kabiru kabita kaca kacem kacenka kachun kaci kacka
kacper kada kadar kadek kader kadi kadija kadir kadiro kadri kadrie kadriye kae kaede kafayat kagiso kahina
kaho kai kaia kaidi kaido kaie kaija kailash kaili kaimar kaimo kaio kaique kaire kairi kairit kais kaisa
kaisla kaisu kait kaiti kaitlin kaitlyn kaito kaitsu kaius kaj kaja kajal kajetan kajsa kajtek kajus kak kaka
kaki kakka kala kalac kalai kaled kalervo kalev kalevi kalifa kalil kalin kalina kalinka kalju kalle kallia
kalliopi kalman kalmanne kalmar kalmer kalmus kaloian kaloqn kaloyan kalpana kalpesh kalthoum kaltoum kaltrina
kalu kalvi kalyani kam kama kamal kamala kaman kamariah kamarul kamca kamel kamelia kameliq kameliya kamen
kami kamil kamila kamile kamilia kamilija kamilka kamilla kamille kamilo kamini kamla kamlesh kamma kammy kamo
kamogelo kamohelo kamran kamrul kan kana kanae kanako kanami kanchan kane kang kanhaiya kanika kannan kanta
kanza kao kaori kaoru kaoutar kaouther kapil kara karabo karam karan karcsi kardelen kardo kardos kare kareem
karel karem karen karesz kari kari-anne kari-pekka karianne karim karima karime karin karina karine karishma
karit karita karitas karito karl karl-erik karl-heinz karl-johan karl-martin karla karlheinz karli karlijn
karlis karlo karlos karlotta karman karmela karmen karmo karo karol karola karolcia karoli karolien karoliina
karoliine karolin karolina karoline karolinka karolis karoly karolyne karpati karri karry karstein karsten
kart karthi karthick karthik kartik kartika kartini karuna karwan kary kasel kashif kashish kasia kasih
kasimir kaska kaspar kasparas kaspars kasper kasperi kassu kastriot kastytis kasumi kasım kat kata katalin
katalina katariina katarina katarzyna kate kateline katelyn katerin katerina katerine kateryna kath katharina
kathe katherin katherine kathi kathinka kathleen kathrin kathrine kathryn kathy kati katia katica katie katija
katinka katiu katiuscia katja katka katla katleen katlego katleho katlin katlyn kato katona katq katre katri
katrien katriin katriina katrijn katrin katrina katrine katsuhiko katsuhiro katsumi katsunori katsura katsuya
katsuyuki kattis katty katus katy katya kaua kauan kaue kauko kaupo kaur kauri kaveh kavi kavita kavitha kavya
kawai kawla kawtar kawther kay kaya kayan kaye kayee kayi kayla kaylee kayleigh kayo kayode kayoko kaz kazeem
kazek kazi kazia kazik kazim kazimiera kazimieras kazimierz kazimir kazu kazuaki kazue kazuhiko kazuhiro
kazuhisa kazuhito kazuki kazuko kazuma kazumasa kazumi kazunari kazunori kazuo kazushi kazutaka kazuto kazuya
kazuyo kazuyoshi kazuyuki kazys kazım keabetswe kealan kecskes kedibone kee keelan keeley keelin keerthi kees
kehinde kei keidi keigo keiichi keiichiro keiji keijo keiko keila keili keiner keio keira keisuke keit keita
keith keiti keitlin keitumetse keiu kekko keld kelebogile kelechi kelemen keletso kell kelley kellie kelly
kelsey kelvin kely kemal kemi kemo ken kenan kencana kende kendra keneilwe kenert kengo kenia kenichi
kenichiro kenji kenjie kenn kennet kenneth kenni kennie kennis kenno kenny kensuke kent kenta kentaro kenth
kento kenya kenza kenzo kenzy kerdo kerekes kerem keren keresztes kerim kerli kermo kero kerri kerrie kerry
kersti kerstin kert kertesz kerttu kertu kerwin keshav kestas kestutis ketan keti ketil ketill ketlin ketlyn
ketrin ketty ketut keung kev kevin kevinas kevser kewin kexin keyla kezban keziban kfir kgomotso kgothatso
kgotso kha khadidja khadija khadijah khadijat khadra khai khaing khairi khairil khairul khaled khalid khalifa
khalil khan khanya khanyi khanyisa khanyisile khaoula kharisma khatijah khawla khaya khaye khdija kheira khen
khethiwe khim khin khine khloud kho khoirul kholofelo kholoud khomotso khoo khor khosi khou khouloud khulekani
khulood khuram khurram khushboo khushbu khushi khutso kia kian kiara kicki kiddi kieffer kiel kier kiera
kieran kieron kiia kiira kika kike kikelomo kiki kikina kikka kiko kiky kilian killian kim kimberley kimberly
kimete kimi kimie kimiko kimmie kimmo kimmy kimo kimura kin kina kincso kine king kinga kingsley kinia kinjal
kinki kinnen kinza kipras kira kiraly kiran kirby kiriaki kiriakos kiril kirill kirk kirke kiro kirsa kirsch
kirsi kirsi-marja kirsika kirsten kirsti kirstie kirstin kirstine kirsty kirti kis kishan kishor kiss kissne
kit kitt kitti kitty kiu kiyoko kiyomi kiyoshi kiyotaka kjartan kjeld kjell kjell-ake kjellaug kjersti
kjerstin kjetil klaarika klaas klaidas klajdi klara klari klarka klas klau klaudia klaudie klaudija klaudijus
klaudio klaudiusz klaudyna klaus klaus-dieter klavdija klavs kleanthis kleber klees klein klemen klemens
klementina klementyna kleopatra klodi klodian klodiana kmar knud knud-erik knut knutur kobayashi kobe kobi
kobus kocsis kodai koen koenig koey koh kohei kohl kohn koichi koichiro koit koji kok koketso koki kokita koko
kokoro koky kolawole kolbeinn kolbjørn kolbrun kolfinna kolio kolja kollar kolos kolya komal komang koncz kong
konoba konomi konrad konrað konsta konstancja konstantin konstantina konstantinas konstantinos konstanty konz
koos koppany korab koral koraljka korana koray kordian korina korinna kormakur kornel kornela kornelia
kornelija kornelijus korneliusz kosa kosana kosmas kosova kosovare kosta kostadin kostantinos kostas kosti
kostic kostis kostja kostya kosuke kot kota kotaro kotomi kotryna kouhei kouichi kouji kouki koukou koula
kouloud koussay kousuke kovacs kovacsne kozak kozar kozeta kozma kozo kozue kral kralj kram krasen krasi
krasimir krasimira krasniqi krassimir krecke kreete kremena kremer krenar krenare kreshnik kresimir kreso
kresten krier krille krimo kris krishan krishna krishnan krisi krislin krislyn krissa krissu krista kristanto
kristbjorg kristborg kriste kristel kristen krister kristi kristian kristiane kristien kristiin kristiina
kristiine kristijan kristijana kristijonas kristin kristina kristine kristinka kristinn kristiqn kristiyan
kristjan kristjana kristmann kristmundur kristo kristof kristofer kristoffer kristrun kristupas kristy
kristyna kristynka krisz kriszta kriszti krisztian krisztina krisztofer kriti kritika kroot krsto krum kruno
krunoslav kry krysia kryspin krystal krystian krystof krystyna krzy krzychu krzys krzysia krzysiek krzysiu
krzysztof krzysztofa ksawery ksenia ksenija kseniya ksenja ksenya ksusha ktos kuan kuang kuba kubajs kubajz
kubik kubilay kubra kubus kuc kucharczyk kudirat kuen kuffer kugener kui kujtesa kujtim kukka kukuh kulcsar
kuldar kuldeep kuldip kulli kullike kulliki kulwant kulwinder kumala kumar kumari kumi kumiko kun kunal kundan
kunihiko kunihiro kuniko kunio kunle kunnar kuno kuo kupujem kurnia kurniawan kurt kurtis kurucz kurumi kus
kushtrim kustas kusti kusum kusuma kveta kvetoslav kvetoslava kwai kwan kwanele kwnstantina kwnstantinos kwok
kwong kwstas kyaw kyla kyle kylian kylie kylli kyllikki kyohei kyoka kyoko kyosti kyosuke kyra kyriaki
kyriakos kyrie kyrre kıymet laa laarbi laarni labas labi labinot labros laca lacey lachezar laci lacika lacko
laco lada ladi ladik ladina ladislav ladislava ladka laercio laetitia lage lagle lahcen lahiru lahja lahoucine
lahsan lahsen lai laia laid laila laima laimis laimonas laimute laimutis laine lais lajla lajos lajosne
lakatos lakhan lakhdar lakis lakshmi laksmi lal lala lalaine lale lali lalit lalita lalla lalo lalu laly lam
lama lambros lamesch lamia lamiaa lamiae lamija lamin lamine lamis lamjed lamlam lamprini lampros lamya lamyaa
lamyae lan lana lanang lanange lance lancy lander landi landy lang lani lanie lanny lanre lanz lao laoise lar
lara larbi lari larisa larissa larry lars lars-ake lars-eric lars-erik lars-goran lars-gunnar lars-inge
lars-olof lars-olov lars-ove larus larysa laryssa lassaad lassad lasse lassi laszlo laszlone lata lateef latha
lati latic latifa latifah latifat lau lauer laufey lauge laura laura-liisa lauras laure laureano laurel lauren
laurence laurens laurensia laurent laurenz laureta lauri lauriane laurids laurie laurin laurinda laurindo
laurine lauris laurita laurits lauritz lauro lauryn lauryna laurynas laust lauta lautaro lauti lautii lauty
lauw lavadero lavanya lavdim lavinia law lawal lawan lawrence laxman laxmi lay layan layla lazar lazaro
lazaros lazhar lazher lea leaf leah lean leandra leandro leanne leart lebo lebogang lebohang lech led leda
ledi ledion lee leea leela leelo leen leena leevi lefa lefter lefteris lehel lehlohonolo lehnen leho lei
leider leidiane leidy leif leifur leigh leila leilei leili leino leire leito leiv leja lejla lele lelinski
lella lelle lello lem leman lembayung lembi lembit lemon lemuel len lena lenard lenca lendita lendrit lendvai
lene lenette leng lengyel lenicka lenie lenin lenira lenita lenka lenke lennar lennart lennert lenni lenny
lentz leny leo leobardo leokadia leokadija leon leona leonard leonarda leonardas leonardo leonas leoncio
leonel leonela leong leonhard leonid leonidas leonie leonila leonilde leonit leonita leonor leonora leoo
leopold leopoldine leopoldo leos leotrim leow lepa leposava lera lerato lerma leroy les lesedi lesego lesia
lesiba leslaw lesley leslie lesly lestari lester lesya leszek lesław leta lethabo leti leticia letizia
letlhogonolo letty lety leung leutrim lev levent levente levi lewis lex lexie leydi leyla lhabib lhaj lhcen
lhen lhsn lhyn lia liad liam lian liana liane liang lianne liao liat liauw liba liban libardo libby liber
liberty libia libor libuse libuska liceth licia licina licinia licinio lida lidia lidiane lidija lidiya lidka
lidor liduska lidwina lidy lie lieke liel liem lien liepa lies liesbet liesbeth lieselot lieselotte liette
lieve lieven liew liezel liezl lifeng ligaya lighting ligia ligita lihi lihle lihtsalt lihua liia liidia
liilia liina liis liis-marii liisa liisbet liisbeth liisi liisu liivi liivika lijana lijuan lijun lika lila
lilach lilgy lili lilia lilian liliana liliane lilianna lilibeth liliek lilien lilija lilijana lilik lilis
liliya lilja liljana lilka lill lilla lillemor lilli lillian lillo lilly lilou lily lilya lilyana lim limi
limin liming limor lin lina linas lind linda lindani lindawati lindelwa lindi lindis lindita lindiwe lindo
lindokuhle lindomar lindsay lindsey lindy line linea lineta linette liney ling lingling linh linlin linn linna
linnea lino linoy lintang linus linute lionel liong lionginas lionqueen lior liora liping liran liraz liri
liria liridon liridona lirie lirije lirim liron lis lisa lisa-maria lisa-marie lisandra lisandro lisanna
lisanne lisbet lisbeth lisda lise lise-lott lise-lotte liselott liselotte lisen lisete liseth lisette lisi
lisna lissette lissi lissie listya lita lital lito liton litsa liu liuba liubomir liubov liubove liucija liuda
liudas liudmila liudvika liudvikas liutauras liv liva live liveta livia livija livio liviu liwei liwen liwia
lixin liyana liying liyuan liz liza lizbeth lizeth lizette lizzi lizzie lizzy ljerka ljilja ljiljana ljuba
ljubica ljubinka ljubinko ljubisa ljubo ljubodrag ljubomir ljubov ljuda ljudevit ljudmila ljudmilla ljupka
lloyd lluis loa loana lobna lobo lode loek loes loftur logan logi logy loh loic loida lois lojza lok loka loke
lokesh lokman lola lolek loli lolis lolit lolita lollo lolo loly londiwe lone long longina longo loni lonneke
lonni lonnie lonny loo loora loore lopes lopez loqka lora loraine lorand lorant lorcan lore loredana loreley
lorella lorena lorenz lorenza lorenzo loresa loreta loreto loretta lori lorie lorik lorinc lorincz loris lorna
lorne lorraine lory lotfi lothar lotta lotte lotten lotti lottie lou louane louay loubna louie louis louisa
louise louiza loukas loukia loula loulou lounes lourdes loureiro lourenco lourival lova lovas lovasz love
lovely lovelyn loveth lovisa lovise lovorka lovre lovro low lowe loyd loyiso luan luana luanna luba lubaba
lubna lubo lubomir lubor lubos lubov luc luca lucas lucca luce lucelly lucero luchi lucho luci lucia luciana
luciane luciano lucie lucien luciene lucienne lucii lucija lucijan lucijana lucila lucile lucilene lucilia
lucille lucimar lucimara lucinda lucineide lucinka lucio lucja lucjan lucka lucky lucrecia lucrezia lucy
lucyana lucyna luda ludde ludek ludgero ludivine ludmi ludmil ludmila ludmiła ludo ludovic ludovica ludovico
ludovina ludvig ludvik ludwig ludwik ludwika lufuno luh lui luigi luigia luigina luigino luis luisa luise
luisella luisina luisito luismi luiz luiza lujain lujan lujza luk luka lukacs lukas lukasek lukasz luke luki
lukin lukito lukman lukrecija luksa luky lukyn lula lulama lule luli lulii luljeta lulu luluk luly lulzim lum
lume lumi lumir lumnije lumturije lun luna lung lunga lungelo lungi lungile lungisani luo lupe lupis lupita
luqman lurdes lusanda lusia lusiana luss lut lutfiye lutgarde luthando luthfi lutz luu luuk luukas luul luule
luvuyo luwam lux luyanda luz luzdary luzia luzinete luzmila luzviminda luðvik lwando lwazi lydia lydie lyes
lyka lykke lylian lyly lyn lyna lynda lyndon lyndsey lyne lynette lynn lynne lynsey lyra lysiane lyuben
lyubomir lyubov lyudmil lyudmila lærke maaike maaja maamar maanus maarek maaret maaria maarika maario maarit
maarja maarja-liis maarten maartje maayan mabel mable mabrouk mabrouka maca macarena macedo macek machado
machiko maciej maciek maciel mackenzie macky macy madalena madan madani madarasz maddalena madde maddie maddy
madel madelaine madeleine madelen madelene madeline madelon madelyn madhavi madhu madhumita madhuri madiha
madina madis madison madjid madlen madli madoka madrid mads mads-emil madu madz madzia mae maeda mael maeva
maeve mafalda mafe mafer mag maga magalhaes magali magalie magaly magda magdalena magdalene magdi magdolna
magdy mage maged magela magga maggan maggie maggy magi magnar magne magnea magnhild magni magno magnolia
magnus mago magomed mags magui magyar mah maha mahad mahal mahamed mahani mahbol mahbola mahbolat mahbolt
mahbouba mahboul mahboula mahboulet mahdi mahendra maher mahesh mahfoud mahi mahir mahjoub mahlatse mahmed
mahmod mahmood mahmoud mahmud mahmut mahnaz maho mahra mahran mahrez mai mai-britt maia maiara maibrit
maibritt maica maico maicol maicon maido maie maigi maija maija-liisa maiju maik maika maike maikel maiken
maikki maiko maikol maikon maila mailen maili mailiis mailis maimu maimuna maimunah maina maine maira maire
mairead mairi mairo mairold mairtin mairy maisa maisarah maisie maissa maisy mait maite maitha maiu maive
maizatul maj maj-britt maj-lis maja majbrit majbritt majd majda majdi majed majeed majella majerus majhoul
majid majida majk majka majkel majken majkl majky majlinda majlis majo major majvor mak makarena makbule
makfire makhosi maki makiko makis makmur mako makoto makram makrem maks maksim maksimas maksym maksymilian
maky mala malachy malak malar malaury malcolm malebo malej maleja malek malena malene malfrid malgorzata
malgosia mali malik malika malin malina malisa malk malka malla malle mallu malou malouka malsore malte malthe
malvina malwina malyn mamadou mamadu mamae mamah mamahe mamake maman mamanya mamat mamata mamatha mamdouh
mamen mamet mami mamiko mamoni mamoru mampi mamta mamun man mana manabu manal manami manana manar manca manda
mandeep mandi mandica mandisa mandla mando mandy mane manel manela manette manfred manfredas mang mange mangen
mangesh mangirdas mani mania maniek manik manikandan manilyn maninder manish manisha manja manjinder manjit
manjola manju manjula manman manne mannes mannou manny manoel manohar manoj manoli manolis manolo manon manos
manou manpreet manqoba mans mansata mansi mansoor mansour mansur mantas mante mantu mantvydas manu manuel
manuela manuele manus manushaqe manuu manya manyi manzoor mao maor mapia mapianna mapina maple mapula mapule
maq mar mara marah maraki maram marat marc marc-andre marce marcel marcela marceli marcelina marcelino
marcelka marcell marcella marcello marcelo marci marcia marcial marciano marciel marcilia marcin marcio marco
marcos marcsi marcus mardiana mare maree mareike marek marela marelle maren maret marga margaret margareta
margarete margaretha margarethe margarida margarita margarito margaux marge margeir margherita margie margit
margita margo margot margreet margret margrete margrethe margriet margrit margrith marguerite margunn margus
marguy mari mari-ann mari-liis maria maria-jose mariagrazia mariah mariajoao mariajose marialena marialuisa
mariam marian mariana mariane marianela marianella mariangel mariangela mariangeles mariann marianna marianne
mariano marianthi mariapia mariarosa mariarosaria mariateresa maribel maribeth marica maricar maricarmen
maricel maricela marichu maricielo maricon maricor maricris maricruz marie marie-andree marie-ange marie-anne
marie-antoinette marie-astrid marie-christine marie-claire marie-claude marie-eve marie-france marie-helene
marie-jeanne marie-jo marie-jose marie-josee marie-laure marie-lou marie-louise marie-noelle marie-paule
marie-pierre marie-rose marie-therese marieke mariel mariela mariell mariella marielle mariem mariepaule
marieta marietta mariette marife mariglen marigona marii mariin marij marija marijan marijana marijanka marije
marijela marijeta marijke marijn marijo marijona marijonas marijus marika mariko marilda marilena marilene
marilia mariliis marilo marilou marilu mariluz marilyn marim marimar marin marina marinalva marine marinel
marinela marinella marinelli marinha marinho marinka marinko marino marinos marinus mario mariola marion
mariona marios mariq mariqn mariqna maris marisa marisel marisela mariska marisol marissa maristela marit
marita marites maritess maritha marito maritta maritza marius mariusz marivi marivic mariya mariyam mariyan
mariyana mariz mariza marj marja marja-leena marja-liisa marja-riitta marja-terttu marjaana marjan marjana
marjanca marjatta marje marjeta marjetka marjo marjo-riitta marjolein marjolijn marjon marjorie marju marjukka
marjut mark markas marke markella marken market marketa marketka marketta marki markko markku markkus marko
markos markovic markus marky marleen marleena marlen marlena marlene marleni marleny marli marlies marlina
marlis marlise marlo marloes marlon marlou marly marlyn marlyse marmar marnix maro maroje maros maroua marouan
marouane marques marry mars marsela marsibil marsilia mart marta martas marte marteinn marten martha marthe
marthine marti martial martie martien martijn martim martin martina martinas martine martinek martinez
martinha martinho martinka martino martins martinus marton martta martti martu marty martyn martyna martynas
martynka maru maruja marus marusa maruska marvin marwa marwan marwane marwen marwin mary maryam maryama
maryame maryani maryann maryem marygrace maryjane maryjoy maryla marylene maryline marylka maryna maryori
maryouma maryrose maryse marysia maryte maryvonne marzanna marzena marzenka marzenna marzia marzio mas masa
masaaki masae masafumi masaharu masahiko masahiro masahito masakazu masaki masako masami masanobu masanori
masao masaru masashi masataka masato masatoshi masaya masayo masayoshi masayuki mascha masego masha mashael
mashudu mason massi massimiliano massimo mastafa mastapha mastura masud masum masumi mat mata matahari matan
matas mate matea matej mateja matejka mateo mates matet mateus mateusz matevz mathapelo mathea matheo matheus
mathew mathi mathias mathies mathieu mathijs mathilda mathilde mathis mati matia matias matic matii matiias
matija matijas matild matilda matilde matina matjaz matko matleena mato matome matos matoula matous mats
matshidiso matsumoto matt matte matteo matthaus matthew matthias matthieu matthijs matthildur matti mattia
mattias mattie mattis matts matty matu matus matute matvei maty matyas matyi matylda matysek matz matze mau
maud maude maui maulana mauno maura maureen mauri maurice mauricio maurii maurits mauritz maurizio mauro
maurycy maus mavic mavis mawar max maxence maxi maxii maxim maxime maximilian maximiliano maximilien maximo
maxine maxmilian maxwell maxy may-britt maya mayada mayank mayar mayara maybritt maycol maycon maye mayerli
mayerly mayette mayka maykon maymay mayowa mayra maysa mayssa mayte mayu mayuka mayuko mayumi mayur mayuri maz
mazal mazen mazena mazhar mazlan mazlina maznah mazvydas mał mała małgorzata małgorzta małgosia małgoska mały
mbah mbak mbalenhle mbali mbarek mbark mbarka mbok mboke mbongeni mbulelo mbuso mcarmen mdm mdu mduduzi mea
meabh meadhbh meagan meaghan mechergui mechthild med meda medhat mediha medina medine medinger medo mee meeli
meelika meelis meena meenakshi meenu meera meeri mees meg megan megane megat megawati megha meghan megi megumi
mehamed mehar mehari mehdi meher mehis mehmed mehmet meho mehovic mehrdad mehrez mehtap mehul mei meida meidy
meigo meiju meik meike meile meiliana meiling meimei meir meirav meire meita meital meity mejda mejrema mejri
mekdes mel mela melahat melani melania melanie melanija melany melati melba melchor melek meli meliana melih
meliha melii melike melina melinda melis melisa melissa melissza melita melitta melker melkorka melli melodie
melody meltem melusi melvin mely meme memet memo mena menchie mendes mendim menekse menelaos meng mengmeng
menik menn menna menno mensur mentari mentor menzi mer mera meral merav merce mercedes mercedesz merche mercy
merel meret merete merethe mergim mergime merhawi meri meriam meribel merica meriem merike meril merili
meriliis merilin merily merilyn merima meris merit merita meriton meritxell merja merje merle merli merlinda
merlita merly merlyn merna mero meron merry mersad mersada mersch mersida mersiha mersija mersudin mert
mertcan mertes mervat merve mervi mervyn mery meryam meryem meseret mesi messaoud messias mestafa mester mesut
meszaros mete metehan metha meti metin metka metodi mett mette mette-marie metty mevlude mevlut mey meyers
mezei mfon mfundo mhae mhamdi mhamed mhammed mhar mhay mhbolt mhd mhdi mhel mhiz mhmad mhmd mhmod mia mian
miao miaomiao mic mica micaa micael micaela micah mich micha michael michaela michail michailas michal michala
michalina michalis michalka michasia michał micheal michel michela michelangelo michele micheline michell
michella michelle michelly michi michiel michiko michio michiru michiyo michu mick mickael micke mickey micki
micko micky mico micucci mido midori midou mie mieczyslaw mieczyslawa mieczysław mieczysława mieke mieko mien
miera mieszko mietek miftar migel miggy migle miglena migs migue miguel migz miha mihael mihaela mihai mihail
mihailo mihajlo mihalis mihaly mihalyne mihane miharu mihela mihhail mihkel miho mihoko mihovil mihriban miia
miika miikka miina miira miisa miiss mija mijat mijo mika mikael mikaela mikail mikako mikal mikala mikas mike
mikee mikel mikey mikhail miki mikica mikie mikiko mikio mikk mikke mikkel mikko miklos miklosne miko mikolaj
mikołaj miksu miku mikulas miky mila milada miladin milagritos milagros milaim milan milana milanka milanko
milazim milcho milda mildrid mile milen milena milene milenka milenko miles mileta mileva mili milic milica
milii milija milijana milina milinko milisav milissa milita milivoj milivoje milja miljan miljana miljenka
miljenko milk milka milkica milko milla millaray mille miller millicent millie milod miloje milojka milomir
milon milorad milos milosav milosava miloslav miloslava milosz milot milou miloud milovan miltiadis milton
miltos milu milun milunka miluse miluska milutin milvi mily mima mimi mimicha mimie mimis mimita mimma mimmi
mimmo mimo mimosa mimou mimoun mimoza min mina minako minakshi minami minas mincho minda mindaugas minde mindy
minela minenhle minerva ming mingaile mingming mingo mini minire minja minka minna minni minnie mino minocha
minori minoru minou minoucha minttu mintu minu mio miodrag miomir miona miqueas miquel mir mira miracle mirai
miral miran miranda miranti miras mirasol miray mirca mirco mirda mirecek mireia mireille mirek mirela mirell
mirella mirem miren mireya miri miriam mirian miriana mirica mirja mirjam mirjami mirjana mirjeta mirka mirkka
mirko mirlinda mirna mirnes mirnesa miro miroljub miron miroslav miroslava miroslavas miroslaw miroslawa
mirosław mirosława mirsad mirsada mirta mirtel mirtha mirtill mirva miryam mirza mirzeta mis misa misael misak
misaki misako misato misch mischa misel misha misho misi misia misiek miska misko mislav miso miss missaoui
misse mistr misule misuzu mita mitali mitar mitch mitchel mitchell mithat mithun mitiko mitja mitko mitra
mitsos mitsue mitsuhiro mitsuki mitsuko mitsuo mitsuru mitsuyo mitu miu miumiu miwa miwako mixalhs mixalis
miya miyabi miyako miyoko miyu miyuki mizanur mizue mizuho mizuki miłosz mjid mjoll mladen mladena mladenka
mlungisi mmh moa moacir moad moamen moataz moaz moch mochamad mochammad modesta modestas modesto modou modupe
mody moe moeka moeketsi moeko moemen moez mogens moh moha mohab mohamad mohamade mohamd mohamde mohamed
mohammad mohammed mohan mohanad mohand mohau mohcine mohd mohini mohit mohmad mohmd mohmed mohmmad mohsen
mohsin mohsine mohssin mohssine moi moira moises moj mojalefa mojca mojisola mojmir mok moka mokgadi mokhtar
moktar molitor molka mollie molly molnar momchil momcilo momen momir momo momoe momoka momoko mona mona-lisa
monaim monaliza monca moncef moncsi monda monde mondher mondi mondli monem monette mongezi mongi mongia moni
monia monica monicka moniek monika monique monir monja monji mons monse monserrat monsif monsurat monta
montasar montassar monteiro montenegro montse montserrat monu mony moon moona moonika moorthy mor mora morad
morais moran morana morbach moreira morena morenikeji moreno morgado morgan morgana morgane morina moritz
morne morta morten morteza mosa moses moshe moshood mossong mossy mostafa mostapha moti motiejus motoki motoko
motunrayo mou mouad mouez moufida mouh mouhamad mouhamed mouhcine mouhib mouhssin mouhssine moulay mouldi
mouloud moumita mouna mounia mounir mounira mourad mousel moussa moustafa moustapha mousumi mouza moy moya
moza mpampis mpho mpilo mpume mpumelelo mpumi mrat mrmr mryam mrym mss mstafa mstapha mthobisi mthokozisi
muamer muamera muammer muazzez mubarak mucahit muchlis muchtar muddi mudi muge muh muhamad muhamed muhamet
muhammad muhammed muhammet muharrem muhd muhittin muhmmad muhovic muhsin mui muireann mujahid mujeeb mujesira
muji mujo mukaddes mukesh mukhlis mukhtar muktar mulalo mulia muliadi mulle muller mulles mulu mulya mulyadi
mulyana mulyati mulyono mummi mumtaz mumun muna muneer munevver munir munira munirah munna murad muradija
murali murat muratovic muric muriel murielle murilo murni murniati murphy murray murt murtala muru murugan
murugesan mus musa mushtaq musi muskan muslim muslum musse mustaf mustafa mustapha musthafa mustika muthu
mutia mutiara mutlu mutsumi muzafer muzaffer muzeyyen muzi mxolisi mya myca myint myk mykhaylo mykola mykolas
myla mylene myles myo myra myriam myrian myrna myrthe myrto myrvete myszka mzia mzwakhe mzwandile naama nabeel
nabiha nabil nabila nabilah nacer nacera naceur nachito nacho nachoo naci nacional naciye nada nadav nadeem
nadege nadejda nader nadezda nadezhda nadhir nadia nadiah nadica nadija nadin nadine nadir nadja nadjet nadjib
nadka nadou nadq nadya naeem nafija nafisa nafisat nafiu nafsika naga nagesh nagihan nagisa naglaa naglis
nagwa nagy nagyne nahed nahiara nahir nahla naho nahoko nahu nahue nahuel naiara naiden naif nail naila naim
naima naime naina naing nair naja najah najat najeh najet naji najia najib najiba najihah najim najla najlae
najma najoua najwa nakamura nalan naldo naledi nallely nam nami namie namiko namita namrata nan nana nanae
nanako nanami nanang nanci nancy nanda nandi nandini nandipha nando nandor nanette nang nani naniek nanik
naning nanna nano nanou nansy nantia nanu nany nao naohiro naoise naoki naoko naomi naor naoto naoual naoufel
naoya naoyuki nara narayan narendra naresh nariman narimane narinder narjes narjess narjis narjiss narumi
nasar nascimento naseem naseer naser nash nashwa nasia nasir nasiru nasko nasos nasr nasreen nasri nasro
nasrul nasser nassim nassima nassira nastasija nastasja nastia nastja nastya nat nata natacha natala natale
natali natalia natalie nataliia natalija natalina nataliq nataliya natalja natalka nataly natalya natan
natanael nataniel natasa natascha natascia natasha natasja natassa natasya natasza nate natercia nath nathalia
nathalie nathaly nathan nathania nathaniel nathi nati natia natii natividad natividade natka natko natsuki
natsuko natsumi naty natyra naura nauris nav nava navdeep naveed naveen navin navjot navneet navya naw nawaf
nawal nawaz nawel nawfal nawfel nawres nawzad nay nayan nayara nayareth nayeli nayibe naz naza nazan nazanin
nazare nazarena nazareno nazaret nazha nazia nazife naziha nazim nazir nazirah nazli nazlı nazmi nazmije
nazmiye nazmul nazri nazrul nazzareno nazım nađa nderim ndidi ndivhuwo ndubuisi ndumiso nea neal neasa nebahat
nebitno nebojsa necati necdet necip neckel necla necmettin necmi ned neda nedas nedeljka nedeljko nedia
nediljka nediljko nedim nedjeljka nedjeljko nedjo nedko nedo nedra nedret nedzad neea neelam neelu neeme
neeraj neeta neethu neetu nefeli nego negro neha nehad nehal nehat nehir nehuen neide neider neil neila neill
neja nejc nejdet neji nejia nejib nejla nejra neki nektaria nektarios nel nela nelba nelca nelcy nelda nele
neli nelia nelida nelio nelisiwe neliswa nelito nelja nella nelleke nelli nellie nello nelly nelo nelsa nelson
nely nemam nemanja nemes nemeth nemira nena nenad nenden nene neneng neng nengah nenita nenk nenny neno nensi
neo nera nerea nergiz neri nerija nerijus neriman neringa nerissa nerma nermeen nermin nermina nermine nertila
nery nesa nese neslihan nesma nesrin nesrine nessa nessrine nestor nestori nesvarbu neta netanel nete neth
netko neto netta nettan netti netty neus neusa neuza neva neven nevena nevenka nevenko neves nevia neville
nevin nevio nevzat nexhat nexhi nexhmije ney neyer neza nezahat nezha nezir ngai ngan ngoc ngozi ngurah nguyen
nhel nhlakanipho nhlanhla nia niall niama niamh nibaldo niber nibia nic nica nicanor niccolo nice nichlas
nichola nicholai nicholas nici nick nicke nicki nickie nicklas nicko nickolai nickolaj nicky niclas nico nicol
nicola nicolae nicolai nicolaj nicolas nicolau nicolay nicole nicolene nicoleta nicoletta nicolette nicolina
nicoline nicolo nicoo nicu nida nidhal nidhi nidia nie niek nieko niel niels niels-christian niels-erik
niels-henrik niels-jørgen nienke nieves nigar nigel nihad nihal niharika nihat nihel niilo niina nije nijole
nik nika nikas nikca nike niken nikhil niki nikica nikiforos nikita nikitas nikka nikke nikki nikko niklas
niklaus niko nikodem nikol nikola nikolai nikolaj nikolajus nikolaos nikolas nikolaus nikolay nikoleta
nikolett nikoletta nikolic nikolija nikolin nikolina nikoline nikolka nikos niksa nikulas niky nilam nilas
nilawati nilda nildo nilesh nilgun nilla niller nilles nilo nils nils-erik nilsa nilson nilton nilu nilufer
nilza nima nimco nimet nimfa nimrod nina nines ninetta ning ningsih nini niniek ninik nining ninna ninni nino
ninos ninoska ninoslav ninou ninuk nipi nir niraj niranjan niria nirmal nirmala nis nisa nisanur nisar nisha
nishant nishu nisi nisreen nisrin nisrine nisse nissim nissrin nissrine nita nitesh nithya niti nitin nitish
nitko nito nitram nitsa nitu nitzan niu niv nivaldo nives niyak niyazi nizam nizar njabulo njal njall njideka
njomza njorður nkanyiso nkechi nkem nkiru nkiruka nkosi nkosikhona nkosinathi nkululeko nnamdi nneka nnenna
nneoma noa noah noam noboru nobu nobuaki nobuhiko nobuhiro nobuhle nobuko nobuo nobuyuki nodoka nody noe noel
noeleen noeli noelia noella noelle noemi noemia noemie noer noesen nofar noga nogueira noha nohaila nohayla
nohemi nohora noirin nojus nok nokubonga nokulunga nokuthula nokwanda nolan noli nollaig noluthando nolwazi
nolwenn noma noman nomathemba nombulelo nombuso nomcebo nomeda nomfundo nomonde nompilo nompumelelo nomsa
nomthandazo nomusa nomvula nomzamo nona nonato nondumiso nonhlanhla nonhle nonik nonjabulo nonkululeko nonni
nonoy nonso nontobeko nontokozo nonye nooa noof noor noora noortje nora norah noraini noran norbert norbertas
norberto norbey norbi nordin nordine noreen norhan norhayati nori noriah noriaki norie noriel norihiro noriko
norina norio noriyuki norizan norliza norm norma normah normala norman norunn nosipho nota nothando nou nouf
noufal nouha nouhaila nouhayla nouna nounou nour noura nouran nourddine nourdin nourdine noureddine nourhan
nourhen nourhene nouri nousa noushad noussa novak novi noviana novianti novica novie novita noxolo noy nozha
nozipho nozomi nqobile ntando nthabeleng nthabi nthabiseng ntina ntinos ntobeko ntokozo ntombenhle ntombi
ntombifuthi ntsako ntswaki ntuthuko nuala nubia nuccia nuccio nugroho nuhi nuhu nunes nuniek nunik nuning nuno
nunuk nunung nunzia nunzio nur nura nurain nuran nuray nurcan nurdan nurdin nurettin nurgul nurhadi nurhan
nurhayat nurhayati nuri nuria nuril nurin nurina nurit nuriye nurma nurmala nursel nursen nurten nurudeen
nurul nurullah nury nusa nusrat nusret nusreta nutan nuutti nwabisa nwachukwu nwankwo nwe nyai nyi nyiko nyl
nynke nynne nyoman oana obaid obakeng obed oberweis obet obi obianuju obinna obioma obrad oby oceane octavio
oda odair oday odd oddbjørg oddbjørn oddgeir oddmund oddny oddrun oddur oddvar oddveig oded odeta odete odett
odette odhran odile odilia odin odunayo odwa odysseas oei ofek ofelia ofentse ofer ofir ofra ofri ogbonna oge
ogechi ogechukwu ogie ogmundur ognian ognjen ognyan ogochukwu oguz oguzhan ohad oie oili oisin oiva ojo okafor
okan okba oke okechukwu okeke okey oki okko okky okonkwo okoro okoye oksana okta oktawia oktawian oktay oky
ola olabisi olabode oladele oladimeji oladipupo olaf olafia olafur olah olaide olaitan olajide olajumoke
olalekan olamide olamilekan olan olanike olaniyi olanrewaju olari olasunkanmi olatunde olatunji olaug olav
olavi olavo olawale olawumi olawunmi olayemi olayinka olayiwola olca olcay olcia olda oldrich oldriska ole
ole-kristian ole-martin olebogeng oleg olegas oleh olek oleksandr oleksii olen olena olesia olesja olesya olev
olfa olga olgi olgica olgierd olha oli olia olimpia olin olina olinda oline olinger olinka oliva olive
oliveira oliver olivera olivia olivier olivija oliwer oliwia oliwier oliwka olja olka olle olli olli-pekka
ollie olly olo olof ololade olori olov olsi olta olti olubukola olubunmi oluchi oluchukwu oluf olufemi
olufunke olumide olusegun olusola oluwabukola oluwabunmi oluwadamilola oluwafemi oluwafunmilayo oluwakemi
oluwasegun oluwaseun oluwaseyi oluwatosin oluwatoyin oluwayemisi oluwole olve olwethu olwyn olya olympia omah
omaima omaira omar omayma ombretta ome omer omid omkar omm omnia omo omobolanle omolade omolara omolola
omotayo omotola omowumi omowunmi omprakash omri omur ona onder ondina ondra ondras ondrej ong oni onin onkel
onne onnela onni onno onofrio onome ons onur onute onyebuchi onyeka onyekachi onyi onyinye onyinyechi ooi oona
oonagh opeyemi opg ophelie ora oralia oran orange oratile orazio orban ordog orel oren orestas oreste orestis
orhan ori oriana orietta orinta oriol orit orjan orla orlagh orlaith orlanda orlando orlin orly orn orna
ornela ornella ornolfur orosz orri ors orsi orsolya orsos ortal orvar orvokki osama osamu oscar osher oshrat
osk oskar oskaras oskari osku osman osmar osmo osnat osp ossama ossi ossian osten osvaldas osvaldina osvaldo
oswald oswaldo oszkar ota otakar otavio othman othmane othmar othmen otilia otilija otkup otman otmane otmar
oto otso ott ottar ottavio ottilia otto ottomar otylia ouafae oula oum ouma oumaima oumayma oupa ourania
ousama oussama oussema outi outman ouyang ove ovidijus ovidio ovidiu owe owen owolabi oxana oya oyindamola
oyku ozan ozana ozcan ozden ozer ozge ozgul ozgur ozioma ozkan ozlem oznur ozren oðinn p-o paal paavo paballo
pablito pablo paco paddy padma padraic padraig pai paige paijah paijem paijo paivi paivikki paja pajo pajtim
pak pakize pako pal pala palak palani palesa palfi palina pall pallavi palle palli palma palmar palmi palmira
palne palo paloma pam pame pamela pan panagiota panagiotis panagiwths panagiwtis panayiotis panca pancho panda
pandi pang pani pania panji panka pankaj panna panni panos pansy pantelis panu pao paola paolita paolo pap
papillon papp pappu papu paqui paquita par paraic paramita paramjit paraskevi pardeep paresh pari paride paris
parisa park parmar parminder partel parth parul parveen parvin pascal pascale paschal paschalis pasciolla
pascual pasha pasi pasko pasquale pasqualina pasqualino pasquina passos pasxalis pasztor pat pata pataki pate
patel pati patience patka pato patrekur patri patric patrice patricia patricie patricija patricio patrick
patrik patrikas patrizia patrizio patron patry patrycja patrycjusz patryk patsy patti patty patxi paty pau
paudie paul paula paule paulette pauli paulien pauliina paulina pauline paulinha paulinho paulinka paulino
paulius paulo paulos paulus pauly pauric pavan pavao pave pavel pavelas pavica pavithra pavla pavle pavlik
pavlin pavlina pavlinka pavlo pavlos pavo pavol paw pawan pawel paweł payal payam payel paz peace peadar pearl
pearlyn pearse peca peder pedja pedram pedro peep peer peeter peetu peg peggy peh pehr pei peiffer peipei pejo
peki pekka pekko pelado pelagia pelangi pelin pelle pellumb pena penarol pencho peng pengfei peni penka penny
pentti peo peony pep pepa pepan pepca pepe pepek pepi pepijn pepik pepino pepita pepito peppe peppi peppino
per-ake per-anders per-arne per-erik per-ola per-olof per-olov pera percival percy pere pereira perica perihan
periklis perla perle perlita pernilla pernille pero perparim perpetual perrine perry persa pertti perttu
pertunia perumal pervin pesek peta petan petar pete peter peterne peters peti petia petio petja petka petko
peto petq petr petra petras petri petrit petro petronella petros petrovic petrovics petru petrus petruska
petter petteri petula petule petulka petur petya petyo petz petzi pezi peđa phelim phil phila philani philile
philip philipp philippa philippe philippos phill phillip philly philomena phindile phoebe phoenix phua phumeza
phumla phumlani phumzile phuong phuti phyllis phyo phyu pia piedad piedade pien pier piera pierangelo pierce
piergiorgio pierina pierluigi piero pierpaolo pierre pierre-alain pierre-andre pierre-yves pierrette pierrick
pierrot piet pietari pieter pieter-jan pietro pietu pig pihla pihu piia piibe pijus pika pil pilar pili pilici
pille pille-riin pilleriin pilvi pim pimenta pin pina pinar pinelopi ping pingping pinheiro pinho pinja pinki
pinku pinky pino pinter pinto pintu pinuccia pio piotr piotrek piotrus pipe pipit pipoca pippa pippo pipsa
pires piret pirgit pirita piritta pirjo pirkka pirkko pirmin piros piroska pista pisti pit piter pitt pitu
pius piya piyush pizzaferri pjero pjotr plamen plamena plbm pleimling pnina pocho podge poh poire pok pol pola
polat polgar poli poliana polina polle polly polo polona polonca ponas poncho ponco pong pontsho pontus pony
pooja poon poonam popi popo popoola popovic popoy poppy porfirio portia poul poul-erik povilas povl poyraz
praba prabha prabhu prabowo prabu prachi pradeep pradip praise prakash pramila pramod prana pranas pranvera
prasad prasanta prasetyo prashant pratap pratibha pratik pratiksha pratima pratiwi praveen pravin preben
precious precy predrag preet preeti preili prem prema premek premysl preslav preslava pretty priidik priit
prima primoz prince princes princess prisca priscila priscilla priska priskila prita pritam priti prity priya
priyanka priyo procacci prodaja prodajem prodromos prokop promise prommenschenkel prott prudence przem przemek
przemo przemyslaw przemysław puan puck pudji puguh pui puja puji pujo puk pulane pule puleng pun punam puput
puri purnama purnima purnomo purwanti purwanto puseletso pushpa puskas puspita putera puteri puto putra putri
putry putte putu putz pyry pınar qamar qamil qaseh qasim qazim qendresa qendrim qian qiang qianqian qiao qin
qing qingqing qiong qiqi qiu qlirim qnko quan queen queena queenie quek quentin quim quincy quinn quinten
quinton quinty quique qun raach rabab rabah rabeb rabeh rabia rabiaa rabiatul rabie rabii rabija rabije rabiu
racha rachael racheal rached rachel rachele racheli rachelle rachid rachida rachma rachmad rachman rachmat
rachmi rachna raco racquel racz rada radan radana rade radek raden radenka radenko radha radhia radhika
radhwen radi radia radica radics radim radina radisa raditya radivoje radka radko radmila radmilo rado radoje
radojica radojka radomil radomir radonja rados radosav radoslav radoslava radoslaw radost radostin radostina
radosław radouan radouane radovan radu radus radvile radwa radwan radzio raed raf rafa rafael rafaela rafaella
rafail rafal rafał rafet raffael raffaela raffaele raffaella raffy rafi rafidah rafik rafika rafiq rafiqul
rafn rafnar ragab raghad raghda raghu ragil ragini ragip ragna ragnar ragne ragnheidur ragnheiður ragnhild
ragnhildur ragu rahaf rahal rahayu rahel rahela rahim rahima rahimah rahime rahma rahmad rahmah rahman rahmat
rahmawati rahmi rahul rai raido raigo raija raiko raila raili raimis raimo raimond raimonda raimondas raimondo
raimund raimunda raimundas raimundo rain raina rainbow raine rainer rainie rainier rainis raino rainy raisa
raissa rait raivo raj raja rajaa rajae rajan rajani rajat rajawi rajeev rajendra rajendran rajesh raji rajib
rajinder rajiv rajka rajko rajkumar rajmond rajmonda rajmund rajna rajni rajput raju rajveer rajwinder raka
rakan rakel rakesh rakhi rakia rakib ralf ralica ralitsa ralph ram rama ramadan raman ramandeep ramas ramatu
ramazan ramdane ramdedovic ramel ramesh rami ramil raminta ramiro ramiza ramka ramlah ramli ramon ramona
ramses ramu ramunas ramune ramute ramutis ramy ramya ramzan ramzi ran rana randa randar randel randi rando
randy raneem raneen rangel rangga rani rania ranim ranjan ranjana ranjeet ranjit ranjita ranjith ranju ranka
ranko rannar ranno rannveig ranu ranveig ranya raoudha raouf raoul rap raphael raphaela raphaelle raphi
rapolas raquel rara rasa rasel rasha rashed rasheed rasheedat rashid rashida rashidah rashidat rashmi rasim
rasita rasiti rasko raslen rasma rasmus raso rastislav rastko rastoder rasul rasya ratan ratheesh rathod ratih
ratka ratko ratna ratnawati ratri ratu raul rauli rauni rauno raushan raven ravi ravinder ravindra ravit rawan
rawdha rawen rawia ray raya rayan rayane rayen rayhana raym raymart raymond raymund raymundo rayssa raz razak
razali razan razel raziye rdwan rea rebeca rebecca rebecka rebeka rebekah rebekka rebelo recep reda redas
reden redha reding redon redouan redouane redwan redzep redzovic reece reeli reelika reem reema reemet reena
reesi reet reeta reetta refija refiloe refilwe refka refugio reg reggie regiane regie regiina regimantas regin
regina reginaldo regine regis regitze regula rehab reham rehan rehana rei reidar reidun reidunn reiffers reign
reigo reija reijo reika reiko reili reima reimo rein reina reinaldo reine reinel reiner reinhard reinhold
reini reinier reino reio reis reiter rejane rejhan rejoice reka rekha reko relika relja rema remas remco reme
remedios remek remi remigija remigijus remigiusz remik remis remko remo remon remy remya remzi remzije remziye
remzo ren rena renad renaldas renalyn renan renante renat renata renatas renate renathe renatka renato renaud
renca renda rendi rendra rendy rene renee reneta reni renia renno rens renske renu renuka renz renzo reo rere
resa resad reshat reshma resi resmija restu resty resul rethabile reti retno reto reuland reut reuter reuven
revesz revital rewan rex rexhep rey reyes reyhan reymar reymark reymart reymond reyna reynald reynaldo reynan
reynante reynir reynold reyyna reza rezan rezgui rezso rhea rhen rhey rheza rhian rhiannon rhoda rhodora rhon
rhona rhonda rhys ria riaan riad riadh riahi rian riani rianne rianto riaz ribeiro ribka ric rica ricard
ricarda ricardas ricardo riccardo ricco rich richa richar richard richardas richardt richel richelle richie
richmond rick rickard ricky rico ricsi rida ridas riddhi ridha ridho ridvan ridwan ridzuan rie rieko rien ries
riet rifki rifky rifqi rigmor rigo rigoberto rihab riham rihana rihard rihem riho riia riika riikka riin riina
riinu riitta riitta-liisa riivo rijad rijalda rik rika rikako rikard rikey rikharður riki rikke riko riku
riley rilind rim rima rimanta rimantas rimante rimas rime rimes rimgaile rimgaudas rimma rimtautas rimute
rimvydas rin rina rinaldi rinaldo rinat rindu rinesa ring ringaile ringo rini rinki rinku rinny rino rinor
rinto rinus rio ripon ririe ririn riris risa risako risch rishi riska riski risma risto rita ritadj ritaj
ritaje ritchel ritchie ritej ritesh ritik ritika ritinha ritsa ritsuko ritu ritva rivka rivo riya riyad riyan
riyanto riyas riyaz riz riza rizal rizka rizki rizky rizwan rizza rjay rkia roaa roald roar rob robban robbe
robbert robbie robbin robby rober robert roberta robertas roberth robertne roberto robertus robi robin
robinson robson roby robyn roc rocco rocha rochdi rochelle rochi rocio rock rocky rod rodel rodelio rodelyn
roderick rodesch rodica rodney rodolfo rodoljub rodolphe rodri rodrigo rodrigues rodrii rody roee roei roel
roelie roelof rogel rogelio roger rogerio rogier rognvaldur rohan rohana rohani rohaya rohini rohit roi roine
roisin rok roka rokas rokaya rokiah rokkvi roko roksana rola rolan roland rolanda rolandas rolando roldan rolf
roli rolle rollinger rolly rolo roly roma romain romaine romalda romaldas roman romana romanas romane romanka
romano romany romar romario romas romaysa romca romek romel romena romeo romet romeu romi romii romildo romina
romka rommel romnick romuald romualda romualdas romulo romute romy ron rona ronak ronal ronald ronaldas
ronaldo ronalyn ronan ronel ronen rong roni ronie ronilo ronit ronja ronke ronnel ronni ronnie ronny rony roo
roopa roope roos roosa roosi ropita roque rory ros rosa rosalba rosaleen rosalia rosalie rosalina rosalind
rosalinda rosalyn rosana rosanda rosane rosangela rosanna rosanne rosaria rosarinho rosario rosch rosdiana
rose rose-marie roseane roseanne rosel roseli roseline rosella roselle roselyn roselyne rosemarie rosemary
rosen rosendo roser rosetta rosette roshan roshni rosi rosiane rosica rosie rosilda rosilene rosina rosinda
rosita rositsa roslan rosli roslina rosliza rosmarie rosmary rosmawati rosmery rosnah rosnani rosni ross
rossana rossano rossella rossen rossina rossy rosta rostislav roswitha rosy rotem rotimi rou roua roula
roulling rourou rous rovena rowan rowel rowell rowena roxana roxane roxanne roxi roxy roy royce royer roza
rozalia rozalie rozalija rozika rozita rozsa rozsika rrezarta rreze rron rrustem ruairi ruan ruba rubel ruben
rubens rubi rubiela rubina ruca ruchi ruda rudi rudianto rudiger rudina rudolf rudy ruedi ruel ruggero
ruggiero rugile rugova ruhi rui rujdi ruka rukayat rukayya rukhsana rukiye rully ruma rumah rumen rumeysa rumi
rumiana rumiko rumqna rumyana run runa runar rune runno runolfur rupa rupali rupert rupesh rupinder ruri
ruriko ruru rusdi rusi ruslan ruslanas rusli rusne russ russel russell rustam rusty ruta rute rutger ruth ruti
rutt ruud ruudi ruut ruy ruya ruza ruzena ruzenka ruzhdi ruzica ryan rye rym ryma ryo ryohei ryoichi ryoji
ryoko ryoma ryosuke ryota ryotaro rysiek rysiu ryszard ryszarda rytis ryu ryuichi ryuji ryusuke ryuta ryutaro
rzouga rønnaug rıdvan rıfat rıza saad saada saadatu saadet saadia saadiah saaid saamuel saana saar saara saaya
sab saba sabah sabaheta sabahudin saban sabariah sabatino sabca sabeh sabelo saber sabi sabiha sabina sabine
sabinka sabino sabir sabit sabita sabotic sabra sabri sabrii sabrija sabrije sabrin sabrina sabrine sabriye
sabry sacha sachi sachie sachiko sachin sachiyo saci sad sada sadaf saddam sade sadek sadeta sadete sadettin
sadhana sadhbh sadia sadie sadija sadije sadik sadiq sadiya sadok sadri sadık sae saed saeed saeko safa safaa
safae safet safeta safia safitri safiya safiye safwen safy saga sagal sagar sagi sagrario sahala sahar sahbi
saheed sahil sahin sahit sai said saida saidani saidi saidu saif saiful saija saila saima saime saimi saimir
saimonas saira sait saito saja saji sajid sajjad sajma sajmir sakari sakhile saki sakiko sakina sakinah sakine
sakir sakis sakke sakshi sakthi sakthivel saku sakura sakurako salah salam salamatu salami salbiah saleem
saleh salem salete salh salha salhi sali salih saliha salihu salim salima salina salisu salla salleh salli
salloni sally salma salmah salman salme salmiah salome salomeja salon saloni saloua salsabil salva salvacion
salvador salvatore salvijus salvo salvor salwa sam sama samah samaila samanta samantha samar samara sambel
sameer sameera sameh sameiro samer samera samet sami samia samiha samina samir samira samire samke samkelisiwe
samkelo sammi sammy samo sampa sampaio sampo samppa sampsa samra samsiah samson samsul samu samuel samuele
samuli samy samya san sana sanaa sanae sanam sanaya sanda sandeep sander sandhy sandhya sandi sandie sandile
sandip sandor sandorne sandra sandrina sandrine sandro sandy sanel sanela sanele sanelisiwe saneta sang
sangeeta sangeetha sangita sani sania sanida sanija sanije saniya saniye sanja sanjana sanjay sanjeet sanjeev
sanjib sanjica sanjin sanjit sanju sankar sanket sanna sanna-mari sanne sanni santa sante santeri santhi
santhosh santi santiago santii santina santino santo santos santosa santosh santoso santtu santy sanusi sanyi
sanyika sao saoirse saori saoussen sapana sapir sapna sapta sapto saqib sara sara-rebeca sarah sarah-jane
sarahi sarai saran saranda saranya saraswati saratu saravana saravanan saray sarbjit sardar sardor sargon sari
sarianna sarika sarimah sarina sarinka sarit sarita sarka sarkozi saroj sarolta sarra saru sarunas sarune sasa
sasaki sascha sasha sashka sasho sasi sasja saska saskia sasmita saso sasou sassel sassi sassou sasu sathi
sathish sathya satish satnam sato satoko satomi satoru satoshi satria satrio satsuki satu satya satyam satı
sau sauber saud saudade saul saule sauli saulius saulo saurabh saurav sauro sava savannah savas saverio saveta
savino savita savka savo savvas saw sawako sawsan sawsen sawssen saya sayaka sayako sayed sayo sayoko sayumi
sayuri saziye sbonelo sbongile sboniso sbu sbusiso scarlet scarleth scarlett scelo schaack schanen schaus
scheer scheffen scheid scheiwen scheuer schiltz schleich schlim schloesser schmidt schmit schmitt schmitz
schneider schoder scholtes schortgen schroeder schubert schumacher schuster scott sead seada seah seamie
seamus sean seanie season seb seba sebaa sebahat sebahate sebahattin sebas sebastiaan sebastian sebastiano
sebastiao sebastien sebastijan sebastjan sebbe sebek sebestyen sebi sebita sebnem sebok seby secil seda sedat
sedef seema sefa sefer segun segundo seham seher seif seiichi seija seiji seika seiko seina seipati seira
seiya sejal sejdi sejla sejo seka sekar selahattin selam selami selcuk selda selen selena selene selim selime
selin selina seline sello selly selma selman selmi selva selvam selvaraj selvete selvi selvija selvije selvy
sem sema semanur semedo semen semhar semi semia semih semiha semir semira semjon semra semsem semsema semso
sena senad senada senait senan senay senda sendi senem seng sengul senida senija senja senka senki senna senne
senni seno senol senthil sentot senzo seosamh sepp seppe seppi seppo septi sequeira serafim serafin serafino
serah seraina serap sercan serdal serdar seref serega seren serena serene serenella seres serg serge sergei
sergej sergejus sergey sergi sergii sergio sergiu sergiusz serhat serhii serhiy seri serif serife serine
serioga serkan serpil serrana servais servet servis serz sesselja seth setia setiawan setiawati setsuko setya
setyo seun seval sevcan sevda sevdalin sevdalina sevdije seven severi severin severine severino sevgi sevgin
sevginar sevi sevil sevilay sevim sevinc sevket sevval seweryn seyda seyfettin seyhan seyi seyit seyma sezai
sezen sezer sezgin sfiso sha shabana shabbir shabeer shabnam shachar shadi shadrack shady shafi shafiq shafira
shafiu shah shahad shahana shahar shahbaz shahd shahid shahin shahril shahrul shahul shahzad shai shaik shaikh
shaikha shailendra shailesh shaima shaimaa shaina shaip shaira shajahan shaji shaked shakeel shakir shakirat
shala shalev shalini shalom shalu sham shama shambhu shameer shamil shamim shamma shams shamsa shamsu shamsul
shan shana shane shang shani shanice shankar shanmugam shannen shannon shanshan shanti shao shaqir sharda
shareef sharif sharifah sharmaine sharmila sharon sharul shasha shashi shatha shaul shaun shauna shauni shaw
shawn shawna shay shayma shayne shazia sheeba sheeja sheela sheelagh sheena sheetal shefqet shehab shehu
sheikh sheikha sheila shek shekhar shelby sheldon shell shella shelley shelly shemsi shen shenay sheng shenol
shenzhen sher shereen sheri sherif sherifat sherin sherlock sherlyn shermaine sherman sherri sherry sherwin
shery sheryl sheryll sherzod sheung sheyla shi shibu shida shiela shierly shigeki shigeo shigeru shigeyuki
shih shihab shiho shikha shilpa shilpi shima shimaa shimizu shimon shimpei shin shing shingo shinichi
shinichiro shinji shinnosuke shino shinobu shinsuke shinta shintaro shinya shiori shir shira shiran shirel
shiri shirley shirly shiro shital shittu shiv shiva shivam shivangi shivani shiyar shiyu shizuka shkelqim
shkelzen shkendije shkodran shkumbin shkurta shkurte shlomi shlomit shlomo shmuel shmulik sho shoaib shobha
shogo shohei shohel shoichi shoji shoko shola sholeh shoma shona shoshi shosho shota shotaro shoval shpat
shpejtim shpend shpetim shpresa shqipdon shqipdona shqipe shqiprim shqipron shraddha shreya shrouk shruti shu
shuai shuaibu shuang shubert shubham shubhangi shuhei shuichi shuji shukri shum shun shunichi shunji shunsuke
shunta shunya shuo shuya shwe shweta shy shyam shyhrete shymaa sia siamak sian sianny siau siauw sibba sibel
sibela sibongile sibusiso sibylle sid sidahmed sidali siddharth sidinei sidnei sidney sido sidonio sidou sidra
sidse sidsel siebe siegfried siegi sieglinde sien sierra sietske siew sif siff sifis sifiso sifou siga sigal
sigbjørn sigfrið sigfriður sigfus sigga sigge siggi sighvatur sigi sigis sigit sigita sigitas sigmar sigmund
sigmundur signe signy sigrid sigridur sigrit sigriður sigrun sigrunn sigtryggur sigurbjorg sigurbjorn
sigurborg sigurd sigurdis sigurdor sigurdur sigurgeir sigurjon sigurlaug sigurlin sigurlina sigurros
sigursteinn sigurveig sigurvin sigurður sigurþor sigute sigvaldi sigve sigþor sigþruður siham sihame sihem
sihle siim siina siiri sijia sil silas sile silence silina silja silje silke sille silmara silva silvan
silvana silvania silvano silvar silverio silvestar silvestr silvestras silvestre silvi silvia silvie silvija
silvije silvijo silvina silvino silvio silviq silviya silvo sim sima simao simas simca sime simen simeon simge
simi simic simmo simo simoes simohamed simon simona simonas simone simonetta simonida simonka simonne simos
simphiwe simran simun sin sina sinan sinazo sinda sindhu sindi sindisiwe sindiswa sindre sindri sindy sine
sinead sinem sinethemba sing singgih singh sini sinikka sinisa sinna sinne sinta siobhain siobhan siphamandla
siphelele siphesihle siphiwe sipho siphokazi siphosethu sipos siqi siraj siren siret siril sirin sirine sirja
sirje sirkka sirkka-liisa sirkku sirle sirlei sirlene sirley sirli sirly sirpa sirry siru sisa sisanda sisca
sisi sisilia siska sisko sissa sisse sissel sissi sissy siswanto sita siti sitti sity siu siv siva sivakumar
sivan sive sivert sivuyile siw siwar siwei siwi sixten sixto siya siyabonga siyabulela siyanda siyu siyuan
sizakele sizwe sjaak sjef sjoerd sjofn sjors sjur skaidre skaiste skander skapti skarpheðinn skender
skenderovic skhumbuzo skirma skirmantas skirmante skjalg sklep skuli sky skye skylar sladana sladja sladjan
sladjana slah slamet slava slavcho slavek slaven slavi slavica slavisa slavka slavko slavoljub slavomir slawek
slawomir slađa slađan slađana slim sliman slimane slindile sloba slobo slobodan slobodanka slouma smadar smail
smangele smaragda smari smart smilja smiljan smiljana smilla smilte smita smith smitha sneha snehal sneider
snejana snenhlanhla snethemba sneza snezana snezhina snieguole snir snjezana snjolaug snorre snorri snow snowy
snæbjorn snædis snæfriður soad soares sobia socorro sodiq soe soeren sof sofea soffia sofi sofia sofian
sofiane sofie sofien sofiene sofii sofija sofiya sofja sofus sofya sofyan soh soha sohaib sohail sohan soheil
soheila sohel sohila sohvi soichiro soila soile soili sointu soizic soka sokaina sokayna sokol sokratis sol
sola solange solayman solbjort solbjørg solborg solcito sole soledad soledade soleh solene solenne soley
solfrid solgunn solla solly solo solomon solon solrun soltana soltani soltesz solvar solveig solveiga solvej
solvejg solvi solweig soma somaya somia somiya somnath somogyi sona sonal sonali sonam sonata sondang sondes
sondos sondra sondre soner song songul soni sonia sonila soniya sonja sonni sonny sonoko sonq sonto sonu sonya
soo soon soos sophia sophie sophus soraia soran soraya sorcha soren sorin soso sota sotiria sotirios sotiris
sotos sou souad soufian soufiane soufien soufyan souha souhail souhaila souhila souhir souilmi souka soukaina
soukayna soula soulef souma soumaya soumia soumiya soumya sourav sourour sousa souso sousou soussou sowmya
soyoung spark spas spasoje spela spencer spha sphamandla sphe sphelele sphesihle sphiwe spina spiridoula spiro
spiros spomenka spyridoula spyros srba srboljub srdan srdja srdjan srdjana srecko sreejith sreten sri srie
srinivas srinu srna srđan stacey stachu stacy staffan stale stamatia stamatis stan stana stancho standa stane
stanimir stanimira stanisa stanislav stanislava stanislavas stanislaw stanislawa stanislovas stanisław
stanisława stanka stanko stanley stano starry stas stasa stase stasele stasia stasiek stasiu stasys staszek
stathis stauros stauroula stav stavros stavroula ste steen steeve stef stefa stefaan stefan stefana stefani
stefania stefanie stefanija stefano stefanos stefanus stefany steff steffan steffanie steffen steffi stefi
stefica stefka stefy steichen stein steina steinar steindor steingrimur steini steinn steinunn steinþor
steinþora stela stelios stella stellan sten sten-ake sten-erik stenia stenly steo stepa stepan stepanka stepas
steph stephan stephane stephanie stephanus stephany stephen steponas stergios sterre steva stevan stevanus
steve steven stevica stevie stevo stewart sthe sthembile sthembiso stian stig stiina stijepan stijepo stijn
stilian stina stine stinna stinne stiofan stipan stipe stipica stipo stiven stjepan stjepana stjepko stoian
stoicho stoil stoja stojan stojanka stone stoqn stoyan stoycho strahinja strasser stratis stratos strejda
strela stu stuart sture sturla sturlaugur styrmir suada suat subash subha subham subhash subodh subrata suci
sude sudenaz sudha sudhir sudirman sue suela suelen sueli suellen suely suen suet sugar sugeng sugi sugianto
sugiarti sugiarto sugiharto sugito suguru suhail suhaila suhaimi suhana suhardi suhartini suhartono suhendra
suherman suheyla sui suja sujata sujatha sujeet sujit sujith sukamto sukh sukhi sukhwinder suki sukma sukran
sukriye sukru sulaiman sulaimon sulastri sule suleiman suleman sulev suleyman sulis sulistyo suljo sulo sultan
sum suma suman sumardi sumathi sumaya sumeja sumeyra sumeyye sumi sumiati sumie sumiko sumire sumit sumita
sumitra sumon sun suna sunardi sunarti sunarto sunaryo sunay suncana suncar suncica sundar sune sung suni
sunil sunita sunitha sunna sunnefa sunneva sunnie sunniva sunny sunshine sunusi sunyoung supardi suparman
suparna supri supriadi supriya supriyadi supriyanto suradi suraj suraya surbhi surekha surendra suresh sureyya
suria suriani surinder surya suryadi suryana suryani suryanto suryo sus susa susan susana susann susanna
susanne susanti susanto susanty susete sushil sushila sushma sushmita susi susiana susie susilawati susilo
susilowati susmita suso susse sussi sussie susumu susy sutan sutanto sutikno sutrisno suus suvarna suvi
suwandi suwanto suwardi suwarno suwito suyanto suza suzan suzana suzanne suzete suzette suzie suzuka suzuki
suzy svajunas svajune svala svana svanberg svanborg svandis svanfridur svanfriður svanhild svanhildur svanhvit
svanlaug svante svanur svata svatava svatopluk svava svavar svea svein svein-erik sveinbjorg sveinbjorn
sveindis sveinn sveinung sven sven-ake sven-erik sven-olof svend svend-erik svenia svenja svenn svenne sverker
sverre sverrir sveta svetislav svetla svetlana svetlin svetlozar sveto svetoslav svetoslava svetozar svilen
svitlana svjatoslav svjetlana swapna swapnil swathi swati swee sweety swen sweta swetha swetlana swietlana sya
syabonga syafiq syafiqah syah syahirah syahmi syahrul syaiful syam syamsul syanda syarif syarifah syarifuddin
syaza syazwan syazwani sybil sybilla sybille sydney syed syeda syifa syikin syl sylejman sylke sylva sylvain
sylvana sylvester sylvi sylvia sylviane sylvie sylwek sylwester sylwia synne synnøve synøve syrine sys syuhada
szabados szabi szabina szabo szabolcs szabone szabrina szakacs szalai szalay szandi szandra szanto szarka
szasz szatmari szczepan sze szegedi szekely szekeres szidonia szigeti szilagyi szilard szilveszter szilvi
szilvia szimonetta szintia sziszi szofi szofia szoke szonja szucs szymek szymon sædis sæmundur særun sæunn
sævar sæþor sølve sølvi søren søs sıdıka sıla sława sławek sławka sławomir sławomira taaniel taavet taavi taba
tabare tabea tabita tadas tadashi tadeas tadej tadeja tadek tadeo tadeus tadeusz tadgh tadhg tadija taeko tage
taha tahani tahar taher tahfouna tahir tahsin tai taichi taieb taiga taija taiki taimar taimi taimo taina
tainara tairi tairo tais taishi taisi taissia taisto taisuke taito taivi taivo taiwo taja tajana tajda
tajudeen tak taka takaaki takacs takafumi takahashi takahiko takahiro takahisa takako takalani takanori takao
takashi takaya takayoshi takayuki takehiko takehiro takeo takeru takeshi taki takis taku takuma takumi takuro
takuto takuya takwa tal tala talal tale talel talha tali talia talip talita taller talya tam tamaki tamami
tamanna tamar tamara tamas tamasne tambet tamer tami tamii tamil tamir tamires tammy tamy tan tana tanaka
tanel taneli taner tang tanguy tania taniya tanja tanner tano tanq tanti tanto tantri tanty tanu tanuja
tanveer tanvi tanya tao taoufik tapac tapan tapani tapas tapio tapsa tara taraji tarak taras tarass tarek
tareq tari tarik tariq tarja tarjei tarmo taro taru tarun tarvi tarvo tarık tasa tasha tasneem tasnim tasos
tasoula tassos tat tata tatana tatang tati tatiana tatiane tatie tatii tatijana tatik tatjana tato tatqna
tatsuki tatsuo tatsuro tatsuya tatu taty tatyana taufan taufik taulant tauno tauras tauri tautvydas tavares
tavo tawfik tay tayeb tayfun taylor taynara tayo tayssir tea tebogo teboho tebza teca ted teddy tedi tee teea
teele teemu teet tefa tefi teguh teh tehila teija teijo teis teitur teixeira teja tejs tekin tekla tellervo
telma telmo temesgen temi temitayo temitope temmy tena teng tengku tenho tenna tenno tenzin teo teodor teodora
teodoro teodozja teofilo teoh teppei teppo ter tere terence terenia teresa terese teresia teresinha teresita
tereska terez tereza terezia terezie terezija terezinha terezka terhi terho teri terike terinka terje terka
terkel tero terri terry terttu terumi tery tesiog tess tessa tessan tessie tessy teta tetiana tetsu tetsuo
tetsuro tetsuya tetty tety tetyana teuku teun teuta teuvo tevfik tey thabang thabani thabile thabisile thabiso
thabo thais thakor thakur thale thalia thalita thally tham thamer thami thamires thamsanqa thanasis thanassis
thandeka thandi thandiwe thando thankgod thanos thapelo thato thays thea theano theis theisen thelen thelma
themba thembeka thembelani thembelihle thembi thembinkosi thembisa thembisile themis theo theodor theodora
theodore theodoros theodosis theofilos theoni theres theresa therese theresia thess thessy thet thi thiago
thiare thibaud thibault thibaut thielen thierry thijmen thijs thilde thill thilly thilmany thilo thin thio
thirdy thiru thiry thit thobani thobeka thobias thobile thodoris thoko thokozani thokozile thom thomas thommes
thommy thor thora thorarinn thorben thorbjorn thorbjørn thord thordis thordur thore thorey thorgeir thorgerdur
thorhildur thorir thorkell thorkil thorkild thorleif thorstein thorsteinn thorsten thorunn thorvald thorvaldur
thouraya thu thue thulani thuli thulisile thull thuso thuy thyge thøger tia tiago tian tiantian tianyi tianyu
tiara tiare tibi tibo tibor tiborne tidadi tiemi tiendita tiernan ties tiesiog tifani tiffany tiger tigist
tihamer tihana tiho tihomir tiia tiina tiisetso tiit tiitus tiiu tijana tijani tijjani tijmen tijn tik tika
tilda tilde tilen till tilo tim timea timi timm timmo timmy timo timofei timon timos timotej timothy timotius
timur tin tina tincho tindra tine tineke tinelli ting tingting tini tininha tinja tinkara tinku tinna tinne
tino tintin tiny tinyiko tiphaine tirhas tiril tirta tita titan titanilla titas titi titiek titien titik
titilayo titilope titin tito titrit titta titti tivadar tiziana tiziano tjan tjandra tjasa tjeerd tjhin tjia
tjin tjioe tjong tlili tobbe tobi tobias tobiasz toby tochi tochukwu todd todor todorka toh toine toinha toini
toiny toisul toivo tok toka toke tola tolga tolis tolnai tolulope tom tom-erik toma tomas tomasek tomasini
tomasz tomaz tome tomek tomer tomi tomica tomii tomik tomino tomislav tomislava tommaso tommi tommie tommy
tomo tomoaki tomoe tomohiko tomohiro tomoka tomokazu tomoki tomoko tomomi tomonori tomoya tomoyo tomoyuki
tomppa tomy ton tonci toncica tonda tone tong toni tonia tonik toninha toninho tonino tonio tonis tonje tonka
tonko tonni tonnie tonny tono tonu tony tonya toomas toon toos topan tope topi topias tor tor-arne tora torben
torbjorn torbjørg torbjørn tord tordis tore torfi torfinn torgeir torger torgny torgrim torgunn torhild tori
toril torild torill torjus torkel torkil torkild torleif torleiv tormi tormod torok torstein torsten torsti
toru torun torunn toshi toshiaki toshie toshihiko toshihiro toshikazu toshiki toshiko toshio toshiro toshiya
toshiyuki toshko tosia tosin tota toth tothne toti toto totok totoy totte totti toty toufik touko toula touria
touta toutou tova tove towe toyin toze trabelsi tracey tracy tran trang traude traudi trausti travis treasa
treasure trees tresna trevor trey tri tria triana trias tricia trie trierweiler trifon triin triinu trille
trim trimi trina trindade trine trine-lise tringa trini trinidad triona triono trish trisha trisna trisno
trista tristan trixi trixie troels tron trond troy trpimir trude trudi trudy truls trupti truus tryggvi trygve
trym tsai tsakani tsang tse tsehay tseng tsering tsg tshego tshegofatso tshepang tshepiso tshepo tshiamo
tshidi tshidiso tshifhiwa tsholofelo tsoi tsubasa tsui tsukasa tsutomu tsuyoshi tsveta tsvetan tsvetelina
tsvetomir tsz tuan tuana tuba tubagus tue tufan tugay tugba tugce tuija tuire tulay tulin tulle tullio tulus
tumelo tumi tumpa tun tunahan tuncay tunde tundi tung tuomas tuomo tuovi turan ture turgay turgut turid turkan
turki turkka turlough turo turpel tushar tuti tutik tutut tuukka tuula tuuli tuulia tuulikki tuure tuva tvrtko
twan txema tya tyas tyge tyler tymek tymon tymoteusz tyna tynka tyra tyrone tyson tytti tytus tzeni tzina tzu
uab ubaldo ubong uche uchechi uchenna uchie ucok uday udi udin udo uduak ueda ueli uffe ufuk ufuoma ugljesa
ugne ugnius ugo ugochi ugochukwu ugur ugwu ujang uju ujunwa ukamaka ukko uku ula ular ulari ulf ulfa ulfah
ulfar ulfhildur ulfur uli ulises ulisses uljana ulka ulku ulla ulla-britt ulla-maija ullar ulle ulli ully ulo
ulrica ulrich ulrik ulrika ulrike ulrikke ultan ulugbek ulvi ulyana uma umair umar umberto umer umesh umi umie
umit umm ummi ummu ummuhan umran umroh umu umut umy una unai unal unathi unique unn unnar unni unnsteinn unnur
uno unto untung unyime upendra upik urara urban urho uri uriel urim urmas urmet urmila urmo uros urpo urs ursa
ursi ursina urska ursula urszula urte uruguay urve urður usch uschi usein usha usman usługi uta utami ute utku
uttam uum uwe uzma uzoamaka uzoma vaclav vaclava vaclovas vadasz vadim vadimas vadym vagelis vaggelis vagia
vagn vagner vago vahida vahide vahur vai vaibhav vaida vaidas vaido vaidotas vaike vaiko vainius vaino vaios
vaishali vaishnavi vaiva vajda vajk vakare vakaris val vala valaki valantis valbona valbone valborg valda
valdas valdeci valdecir valdek valdemar valdemaras valdemir valdet valdete valdimar valdinei valdir valdirene
valdis valdone valdrin valdur vale valee valen valent valentas valente valentim valentin valentina valentinas
valentine valentino valentyna valera valeri valeria valerie valerij valerija valerijus valerina valerio
valeriy valeriya valery valeska valgeir valgerdur valgerður valia valio valius vallo valmar valmir valmira
valmire valnea valon valquiria valter valton valtteri valtyr valur valve valþor vambola vamos van vana vanda
vandana vanderlei vane vanesa vanessa vanessza vangelis vangie vani vania vanina vanita vanja vanna vanni vanq
vanusa vanya vappu varadi vardas vardenis varga varin varpu varsha varun varvara vas vasa vasco vasek vasia
vasik vasil vasile vasileios vasilena vasilij vasilija vasilije vasilijus vasiliki vasilios vasilis vasilisa
vasiliy vasilka vasily vasja vasko vaso vass vassia vassil vassili vassiliki vassilis vasso vasw vasyl
vatroslav vebjørn vedat vedis vedran vedrana veena veer veera veerle veeti vegar vegard vegh veiga veigar
veijo veikka veikko veiko vel veli veli-matti veli-pekka velibor velichka velimir velin velina velisa velislav
velislava velizar veljko veljo velko vello vellu veloso velu vemund vena venca venci vencislav venda vendel
vendela vendula vendulka vendy venelin venera veneta venetia veniamin venice venkat venkatesh venke venla
venny ventsislav venus venuse ver vera verawati verca vered verena veres veress vergel verica verito verka
verkaafen verna verner verneri vero veroljub veron veronica veronika veronique vertti veru verunka vesa
vesa-matti vesela veselin veselina veselka veselko vesi veska vesko vesku veslava veslemøy vesna vesselin
vesta vesteinn vestina vetle veton veysel veysi vezira viaceslav vian vianey vibe vibecke vibeke vibha vibor
vic vica vice vicent vicenta vicente vicho vici vicki vicko vicky vico victor victoria vid vida vidak vidal
vidar vidas vidmantas vidmante vido vidoje vidosava vidya viegas vieira viera vigan vigdis vigfus viggo
vignesh vignir viive viivi viivika vijay vijaya viji vijole vika vikar vikas vikash vikingur vikki vikram
viktor viktoras viktoria viktorie viktoriia viktorija viktoriq viktoriya viky vila vilborg vilda vildan
vildana vilde vile vilem vilhelm vilhelmas vilhelmiina vilhjalmur vilho vili viliam vilija vilim vilius vilja
viljami viljar viljo villads ville ville-pekka ville-veikko villem villiam villo villu villy vilma vilmantas
vilmante vilmar vilmer vilmos vilmosne vilmundur vilson vilte vimal vin vina vinay vincas vince vincent
vincentas vincentia vincentius vincenza vincenzo vinciane vincy vincze vinicius vinita vinka vinko vinni
vinnie vinny vinod vinoth vinson vinz vinzenz viola violet violeta violetta violy viorel viorica vipin vipul
virag virendra virga virge virgie virgilija virgilijus virgilio virgina virginia virginie virginija virginijus
virgis viriato viridiana virko virmantas virpi virva virve visar vishal vishnu vismantas visnja visvaldas vit
vita vitali vitalii vitalij vitalija vitalijus vitalik vitalis vitalius vitaliy vitaly vitas vitek vitezslav
vito vitold vitoldas vitomir vitor vitoria vitorino vitri vittoria vittorio vitus viv viveca vivek viveka
vivero vivi vivian viviana viviane vivianne vivie vivien vivienn vivienne viðar viðir vjatseslav vjeko
vjekoslav vjekoslava vjera vjeran vjollca vjosa vlad vlada vladan vladana vladas vlade vladi vladica vladimir
vladimira vladimiras vladislav vladislava vladislavas vladka vlado vladyslav vlaho vlasta vlastik vlastimil
vlastimir vlastislav vlatka vlatko vlera vllaznim vlora voitto voja vojin vojislav vojislava vojka vojkan
vojko vojo vojta vojtech voldemar voldemaras volim volkan volker volli volodymyr von vonny voros voula vova
vovan vrata vratislav vreni vroni vuk vukan vukasin vukica vuko vukosava vule vullnet vuokko vusi vuyani
vuyelwa vuyiswa vuyo vuyokazi vuyolwethu vyacheslav vycka vygandas vygantas vygintas vykintas vytas vytautas
vytaute vytenis vytis waad wac wacek waclaw wacław wade wadie wael wafa wafaa wafae wagener wagner wah wahab
waheed wahiba wahid wahida wahyu wahyudi wahyuni wai wail wailing waiman waiming waiwai wajdi wajid wajih wak
wakako wakana wala walaa waldek waldemar waldi waldir waldo wale waled waleed walentyna waleria walid wallace
waltener walter waltraud waltteri wampach wan wanda wanderley wanderson wandi wandile wanessa wang wani wanie
wannes waqar waqas ward warda warren warung waseem washigton washington washinton wasim wasiu wassila wassim
wassima watanabe wataru wati watie wawa wawan wayan wayne weber wedi wee wei wei-ting weidong weifeng weijie
weijun weimin weis weiten weiwei wejdan wejden weld wellington welly welter wen wena wenbin wenbo wenche wency
wendell wendy weng wengler wenhao wenhui wenjia wenjie wenjing wenjuan wenjun wenke wenli wenlong wenny wentao
wenting wenwen wera werka werner weronica weronika wes wesam wesley weslley wessam wessel weydert wheng
whitney wiam wiame wibowo wictor widad widadi wided widhi widi widia widodo widy widya widyawati wiebe wiebke
wiem wien wies wiesia wiesiek wieslaw wieslawa wiesław wiesława wiggo wijaya wijdan wijdane wiji wika wiki
wiktor wiktoria wil wilber wilbert wilco wildan wilder wilfred wilfredo wilfried wilhelm wilian willa willam
wille willeke willem willemien willemijn willi william williams willian willibald willie willow willy wilma
wilman wilmar wilmer wilson wilton wilwert wily wim win wina wincenty wincy wind winda windi windy winfried
wing wingwing wingyan winifred winky winni winnie winson winston wiola wioleta wioletta wiolka wira wirawan
wirginia wirtz wisal wisdom wiseman wisnu wissal wissem wiston wit wita witek witold wiveca wiwi wiwid wiwie
wiwied wiwiek wiwien wiwik wiwin wiwit wiyono wladek wladimir wladyslaw wladyslawa wld wlodek wlodzimierz
woicik woj wojciech wojtas wojtek wolf wolff wolfgang wolfi wolfram wonder wong wonk woo woro wout wouter
wulan władek władysław władysława włodek włodzimierz xabi xabier xana xander xanthi xapa xara xaris xasan xavi
xavier xenia xenie xenofon xhafer xhavit xhelal xhemile xheneta xheva xhevahire xhevat xhevdet xia xian xiang
xiao xiaobo xiaodan xiaodong xiaofang xiaofei xiaofeng xiaohong xiaohua xiaohui xiaojie xiaojing xiaojun
xiaolei xiaoli xiaolin xiaoling xiaolong xiaolu xiaomei xiaomin xiaoming xiaoping xiaoqing xiaotong xiaowei
xiaoxi xiaoxia xiaoxiao xiaoyan xiaoyang xiaoyi xiaoying xiaoyu xiaoyun xico xie xii xiiao xime ximena ximo
xin xing xinxin xinyi xinyu xinyue xiomara xiong xixi xochitl xolani xolile xoliswa xrhstos xrisa xristina
xristoforos xristos xrusa xrysa xsabine xuan xudong xue xuefeng xuemei xun yacin yacine yacqueline yadigar
yadira yael yafa yaffa yafit yagmur yago yahaya yahia yahir yahya yair yaiza yaj yakin yakir yakoub yakov
yakubu yakup yalcın yali yam yamada yamaguchi yamamoto yamandu yamato yami yamii yamil yamila yamile yamileth
yamina yamkela yan yana yanan yane yanela yanet yaneth yanett yang yanga yangyang yanhua yani yanick yanina
yanira yanis yaniv yanjun yanko yanli yanling yann yanna yannes yannick yannik yannis yanping yanti yanto
yanty yanuar yanyan yao yaoyao yap yaping yaque yaquelin yaqueline yara yarden yareli yaren yarin yaritza
yaron yaroslav yas yasar yaseen yasemin yasen yaser yash yasin yasine yasir yasmeen yasmen yasmim yasmin
yasmina yasmine yasna yasser yassin yassine yassir yassmin yassmina yassmine yasu yasuaki yasue yasuhiko
yasuhiro yasuko yasunori yasuo yasushi yasutaka yasuyo yasuyuki yati yatie yau yavor yavuz yaya yayan yayang
yayat yayoi yayuk yazan yazid yazmin yee yeferson yeh yehia yehuda yeimi yeimy yeiner yeison yeliz yemi yemisi
yen yendi yeng yeni yenifer yeniffer yennifer yenny yentl yeny yeo yeoh yeraldin yeray yerko yerson yesenia
yesi yesica yesid yesim yesmine yessenia yessi yessica yessine yeter yetti yetty yetunde yeung yew yeyen yhan
yi-chun yi-ting yiannis yibo yichen yifan yifat yifei yifeng yigit yihan yijun yildirim yildiz yilia yilin
yilmaz yim yimin yiming yin yina yinan yineth ying yingjie yingying yinka yiorgos yiota yip yiqing yiran yisel
yiting yiu yiwei yiwen yixin yixuan yiyi ylber ylenia ylfa yll ylli yllka ylva ymir yna yngvar yngve yngvi
yngvild yoan yoana yoann yoanna yoav yocelyn yodi yoel yogesh yogita yohan yohana yohanes yohann yohanna yohei
yoichi yoichiro yoj yoji yoke yoki yoko yola yolanda yolande yoli yolima yolly yomna yona yonas yonatan
yonathan yonela yong yongjun yongki yongky yoni yonny yono yony yoon yopi yoram yordan yordanka yordanos
yorgos yoriko york yorman yose yosef yoselin yosep yosephine yoshi yoshiaki yoshida yoshie yoshifumi yoshiharu
yoshihiko yoshihiro yoshihisa yoshihito yoshikazu yoshiki yoshiko yoshimasa yoshimi yoshino yoshinobu
yoshinori yoshio yoshitaka yoshiyuki yosi yosr yosra yosri yossef yossi yossra yosua yosuke yotam youcef youko
younes youness young youns younss younsse youri yousaf yousef yousf yousra youssaf youssef youssf youssfe
youssra yousuf yousuke youyou yovana yovita yoyo yoyok yrjo yrsa ysabel ysamouni yu-chen yu-hsuan yu-ting yuan
yuanita yuanyuan yuber yucel yuchen yuda yudai yudelka yudha yudhi yudi yudith yudy yue yuen yuet yufei yufeng
yuhan yuhang yuhei yui yuichi yuichiro yuiko yuji yujia yujie yuk yuka yukako yukari yuke yuki yukie yukihiro
yukiko yukimi yukina yukino yukio yuko yuksel yuli yulia yulian yuliana yuliani yulianti yulianto yuliati
yulieth yuliia yulin yulius yuliya yuliyan yulong yuly yulya yuma yume yumi yumiko yuming yun yuna yunfei
yunfeng yung yuni yuniar yuniati yunita yunlong yunus yunusa yuqi yuqing yura yurani yurany yuri yuria yurie
yurii yurika yurike yuriko yurina yuriy yurley yury yus yusaku yusein yushi yusman yusof yusri yustina yusuf
yusuke yuta yutaka yutaro yuting yuto yutong yuu yuuka yuuki yuuko yuumi yuval yuvraj yuwei yuxin yuxuan yuya
yuyun yuzo yvan yves yveta yvett yvetta yvette yvon yvona yvonne yıldız yılmaz zac zach zacharias zachary zack
zaenal zafar zafer zagorka zahara zaharah zahari zaheer zahia zahid zahide zahir zahira zahitovic zahra zahrat
zai zaid zaidi zain zaina zainab zainal zaineb zaini zainon zaira zaiton zak zakaria zakariya zakhele zaki
zakia zakiah zakir zaklina zala zalan zaldy zaleha zalina zam zama zamri zamzam zan zana zandile zandra zanele
zanet zaneta zanna zara zarema zarina zarko zarzis zaur zaw zayed zaynab zayneb zaza zbignev zbigniew zbynek
zbysek zbyszek zdena zdenca zdenda zdenek zdenicka zdenka zdenko zdeslav zdravka zdravko zdzichu zdzislaw
zdzislawa zdzisław zdzisława zebastian zeca zee zeeshan zeev zehra zeina zeinab zeineb zejna zejnepe zekeriya
zeki zekiye zel zelda zelia zeliha zelimir zeljan zeljana zeljka zeljkica zeljko zelmar zenaida zenaide zenek
zenel zeng zenia zenja zeno zenobia zenon zenona zenonas zeny zeqir zerrin zethu zeyad zeyneb zeynel zeynep
zeza zezinha zezo zhan zhang zhanna zhao zhe zhen zheng zhenhua zhenya zhenyu zhi zhigang zhihao zhihong
zhihua zhihui zhijun zhipeng zhiqiang zhivko zhiwei zhixin zhiyong zhiyuan zhong zhor zhou zhour zhu zhuang
zhuo zia ziad zibi zie zied ziemowit ziga zigmantas zigmas zihan zihao zijad zijada zika zikhona ziko zilda
zilha zilvinas zimmer zin zina zinab zinb zine zineb zinep zineta zinha zinhle zinka zino zinou zintle zisis
zita ziv ziva zivana zivile zivka zivko zivorad ziwei ziya ziyad ziyanda ziyi zizipho zizo zizou zlata zlatan
zlatica zlatina zlatka zlatko zlatuse zodwa zoe zoey zofia zofija zohar zohir zohra zoi zoila zoja zoka zoki
zola zoleka zoli zolika zoltan zoltanne zooz zora zoraida zoran zorana zorica zorislav zorka zornica zornitsa
zosia zou zoubida zoubir zouhaier zouhair zouhir zouhour zouzou zoya zoza zozo zrinka zrinko zsaklin zsanett
zsani zsanna zsigmond zsike zsofi zsofia zsoka zsolt zsolti zsoltne zsombor zsu zsuzsa zsuzsanna zsuzsi
zsuzska zubaidah zubair zubeyde zue zuhal zukiswa zul zulaikha zulema zuleyha zulkarnain zulkifli zully zulma
zulmira zumreta zunilda zuo zura zuraida zuraidah zuraini zurina zuza zuzana zuzanka zuzanna zuzi zuzia zuzka
zvezdan zvezdana zvi zvijezdana zvjezdan zvjezdana zvone zvonimir zvonka zvonko zweli zyad zydre zydrius
zydrunas zydrune zygfryd zygimantas zygmunt zymantas zyrafete zyta ægir ævar øistein øivind ømer ørjan øystein
øyvind þor þora þoranna þorarinn þorbergur þorbjorg þorbjorn þordis þorey þorgeir þorgerður þorgils þorgrimur
þorhallur þorhildur þorir þorkell þorlakur þorleif þorleifur þormoður þoroddur þorolfur þorsteinn þorunn
þorvaldur þorður þrainn þrostur þuriður đana đani đina đino đivo đorđe đorđije đuka đuro đurđa đurđica łucja
łuk łuka łukasz
    """.split()
)

SURNAMES = frozenset(
    """
aagaard aalto aaltonen aamodt aarab aarts aas aase aasen aasheim aasland aava aavik abad abalos abanto abarca
abarquez abassi abate abayomi abazi abba abbas abbasi abbassi abbate abbes abbott abby abd abdalla abdallah
abde abdel abdelaziz abdelkader abdellah abdellaoui abdelli abdi abdo abdou abdu abdul abdulaziz abdulkadir
abdulla abdullah abdullahi abdullahu abdulsalam abe abed abella aberg abid abidi abidin abildgaard abimbola
abiodun abiola abo abosede abraham abrahams abrahamsen abrahamsson abramov abramova abramovic abrantes abreu
abu abubakar aburto acar acevedo acharya achermann achmad achour achraf achref ackermann acosta acs acuna
acıkgoz ada adachi adam adamcova adamczyk adamec adamek adamkova adamo adamopoulos adamovic adams adamsen
adamska adamski adamson adamu ade adebayo adebisi adedeji adegoke adekunle adel adeleke adem ademaj ademi
ademola adenike adeniyi adeola adeoye adesina adewale adeyemi adeyemo adhikari adi adil aditya adja adler
adnan adolfsson adomaitiene adomaitis adomaityte adomavicius adriano adrienn adrovic advincula adzic adıguzel
aebi aedo aek aerts aeschlimann affolter afghan afiq afolabi afonso afridi afzal agadir agarwal agbo agboola
agcaoili agnarsdottir agnarsson agnes agostinho agostini agoston agovic agrawal agren agu aguado aguayo
agudelo aguero aguiar aguila aguilar aguilera aguinaldo aguirre agung agus agushi agustin agustina
agustsdottir agustsson ahamad ahamed ahammed aharon aharoni ahern ahir ahlam ahlberg ahlem ahlgren ahlqvist
ahlstrom ahmad ahmed ahmedov ahmedova ahmet ahmetaj ahmeti ahn aho ahokas ahola ahonen ahrens ahumada aicha
aichinger aida aiello aigner ail aiman aimee ain aini airaksinen aires airlangga aisah aishah aissa aissaoui
aisyah ait aja ajay ajayi ajdarpasic ajeti ajhaa ajibola ajja ajmi ajvazi akan akande akar akash akay akbar
akbas akbulut akca akcay akdag akdemir akdeniz akdogan akeem akerlund akermi akesson akgul akgun akhtar akif
akin akinola akinyemi akira akiyama akkaya akkus akmal akman akos akpan akpınar akram aksoy aksu aktar aktas
akter akyol akyuz akın akıncı ala alaa alabi alain alali alam alameri alami alamri alamsyah alan alanen alanis
alaniz alanko alaoui alarcon alatalo alawi alaya alba albanese albano albantani albarracin albayrak albers
albert alberti alberto albertsdottir albertsen albertsson alblooshi albornoz albrecht albrechtsen albuquerque
alcala alcantara alcaraz aldana alderete alegre alegria aleixo alejandra alejandro alejo alekna aleksa
aleksandar aleksandravicius aleksandrov aleksandrova aleksandrovna aleksejev aleksejeva aleksic aleksiev
aleksieva aleman alencar alessandro alex alexander alexandersson alexandra alexandre alexandros alexandrov
alexandrova alexiou alexis alexopoulos alexopoulou alfano alfaro alfonso alfredsson alfreðsson alg alger
alghamdi alhammadi alharbi alhassan alhosani ali aliaga aliaj alias aliev alieva alif alija alisa alisauskas
aliu aliyu alkaabi alkan alketbi allali allam allan allard allas allemann allen alli allik alm almada almalki
almansoori almario almas almasi almazan almeida almgren almiron almonacid almqvist alnaqbi alnuaimi alom alon
alonso alonzo alotaibi aloui alp alqahtani alshamsi alshehhi alshehri alstad alsuwaidi altamirano altay altez
altmae altmann altun altuntas altın altıntas alva alvarado alvarez alves alvez alwi aly alzaabi alzahrani
alzate alzhrani amadi amado amador amaka amal aman amano amante amar amara amaral amari amarilla amarillo
amaro amato amaya amazigh ambrus amdouni amed ameen amel amelia amer amet ameur amey amg amghar amin amina
aminah amine aminu amir amira amirul amit amjad ammann ammar amon amor amorim amorin amos amoula amouna amr
amran amrani amri amro amsalem amsterdam amstutz amundsen amy amzil ana anagnostopoulos anagnostopoulou
anagnostou anand anas anass anastasiadis anastasiadou anastasiou anastasopoulos anaya anbu ancheta andal
andaya anderegg anders andersen anderson andersson andika andini andjelic andjelkovic ando andonov andonova
andrada andrade andras andre andrea andreadis andreas andreasen andreassen andreasson andreev andreeva
andrejev andrejeva andren andreou andres andresdottir andresen andresson andrew andrews andri andrian andriani
andric andries andrijauskas andrius andrzejewska andrzejewski andy anes anett ang angarita angel angela
angeles angelini angelo angelopoulos angelov angelova angerer angga anggara anggraeni anggraini anggun
anguiano angulo angyal ani anic aniko anil anis anisa anita anjani anjos anjum ann anna annaba anne annie
annunziata annus anocha anoucha ansari anson antal antanaitis antczak anthony antic antikainen antoine
antolovic antonelli antonia antoniadis antoniadou antonijevic antonio antoniou antonis antonopoulos
antonopoulou antonov antonova antonsdottir antonsen antonsson antony anttila anttonen antunes antunez
antunovic anuar anwar anyanwu anđelic aoki aouini aoyama aoyang aparecida aparecido aparicio apaza apostol
apostolakis apostolidis apostolidou apostolopoulos apostolopoulou apostolou apostolov apostolova apriadi
aprilia aquino arab aradottir aragao arai arakaki arakawa araki arana arancibia aranda araneda araneta arango
arapi aras arason araujo aravena araya arbelo arbi arboleda arce arceo archer arcilla ardiansyah ardianti
ardila arellano arema arena arenas arend arends arendse arendt arevalo arfaoui arganaraz arguelles arguello
argyropoulos ariani arianto arias arie arief arif arifaj ariff ariffin arifi arifin ariola aristizabal
aritonang ariyanto ariza arlauskas armannsson armas armenta armstrong arnadottir arnardottir arnarsdottir
arnarson arnarsson arnason arnaud arndt arnesen arngrimsson arnold arnorsson arntsen arntzen aro aronsson
arora arpad arredondo arreola arriaga arriagada arrieta arriola arro arroyave arroyo arruda arsenault arshad
arsic arslan arsyad arteaga artigas artner arts arum arumugam arun arvaniti arvanitis arvidsson arya aryan
aryanto arı arıkan asad asai asan asani asano asbjornsson asenov asenova asensio asgeirsdottir asgeirsson
asghar ashkenazi ashok ashour ashraf ashton asif asih asikainen asiri asis ask askeland askri aslam aslan
aslanidis aslanidou asllani asma asmae asmara asmundsdottir asmundsson asmussen asngari asouma asp asplund
asraf asri assi assis assuncao asta astorga astrauskas astrom astrup astudillo astuti astutik asulin asuncion
asuquo asyraf asztalos ata atalay atanasov atanasova atas atay atef ates athanasiadis athanasiadou athanasiou
athanasopoulos athanasopoulou ati atia atias atienza atin atkinson atladottir atlason atmaca atmadja atmaja
atr attia attila atun atwal aty au-yeung aubert aubry audu auer augustine augusto augustsson augustyniak aujla
aulakh aulia aun aune aung aus austin austria autio auvinen auwal auyeung auðunsdottir auðunsson avalos avci
avcı avdic avdiu avdyli avelino avendano avila aviles avital avitan aviv avraham avramidis avramov avramovic
awad awan awang awwad axelsdottir axelsen axelsson aya ayachi ayadi ayala ayan ayanda ayari ayaz aydemir aydi
aydin aydogan aydogdu aydın aye ayed ayedi aygun ayhan ayman aymen ayo ayobami ayodeji ayodele ayomide ayoola
ayoub ayouta aytekin ayu ayuba ayyıldız aza azad azahra azam azeez azemi azevedo azhar azis aziz azizah azizan
azizi azlan azman azmi azoulay azri azulay azuma azwan azza azzahra azzam aðalsteinsdottir aðalsteinsson baars
baas baba babalola babatunde babic babovic babu bacani bach bacha bachar bacher bachir bachmann bachtiar bacic
backes backlund backman backstrom badawy badenhorst bader badr badran badri badshah bae baek baert baeten
baetens baeyens baez baeza bag bagdonaite bagdonas bagdoniene bager bagge bagger baghel bagi baguio bagus bah
bahadur bahamondes bahng bahri bahtiri bai baier baig baigorria bailey bailly bains bajc bajgora bajic bajra
bajraktari bajrami bajwa bak bakali bakar bakare baker bakic bakkali bakke bakken bakker bako bakonyi bakos
bakovic bakr bakır bal bala balagtas balaj balazs balciunaite balciunas balciuniene balcı balde balderas baldi
baldursdottir baldursson baldvinsdottir baldvinsson baldwin balic balint baliu ball balla balle ballesteros
balliu balmaceda balmer baloch balog balogh balogun baloyi balqis balsys baltazar balti baltrusaitis baluyot
bambang bamidele ban banaag banach banani banas banasiak banchero banda bandeira bandera banegas banerjee bang
bangash bangun banic banks banovic bansal banyai banys bao baptista baquero bar barabas barac barada barahona
barajas barak barakat baran baranauskaite baranauskas baranauskiene baranowska baranowski barany baranyai
baranyi barata barath barauskas barbara barbato barber barbier barbieri barbir barbosa barboza barca barcelo
barcelona bardales bardhi barhoumi baria baric baricevic barik barisic barkauskas barker barlow barman barna
barnard barnes barnett baron baronas barone barra barradas barragan barrameda barraza barredo barreira
barreiro barreiros barrera barreto barrett barria barrientos barrionuevo barrios barron barros barroso barry
barstad barta bartczak barth bartha barthel bartkowiak bartkus bartolome barton bartos bartosova bartova
bartsch bartulovic baruah baruch bas basa basaran basco basha basheer bashir basic basile basilio basnet
bassey bassi basso basson bastias bastidas bastin bastos basualdo basuki basumatary batalha bates batik
batista batna battaglia battista batur baublys baudry bauer bauler baum baumann baumgartner baur bausch
baustert bautista bauwens baxter bayar bayer baylon bayrak bayraktar bayram baysal bayu bazan bba bearing
beata beatrix beatriz beaulieu bebo becerra bech bechir beck becker beckers beckmann becky bednar bednarczyk
bednarek bednarova bednarz bedoya bee beer beffort begaj begic begolli begovic begu begum behan behera behluli
behrami behrens bei beier bejaia bejaoui bejarano beji beka bekaert bekavac beke bekir bekkevold bektas
bekteshi bel bela belaid belanger belarmino belchior belegu belen belgacem belhadj belhaj belkacem bell bella
belleza belli bellido bellini bello belmar belmonte belo belova beltran bemtgen ben benaissa benali benani
benavides bence bencsik bencze benda bender bendiksen bendixen bendova bendtsen bene benedek benedetti
benedicto benediktsdottir benediktsson benes benesova bengtsson benic benites benitez benito benjamin benke
benko bennani bennett benoit benson bentancor bentancur bento bentos bentsen bentzen benz beqiraj beqiri bera
beran beranek berankova beranova berardi berat berchem berduri berecz bereczki berends berendsen berenyi beres
berg bergan berge berger bergeron bergersen berget berggren bergh bergin bergkvist berglund bergman bergmann
bergqvist bergsdottir bergsma bergsson bergsten bergstrand bergstrom bergþorsdottir berisa berisha berki
bermejo bermudez bernabe bernadett bernal bernales bernard bernardes bernardi bernardini bernardino bernardo
bernardy bernasconi berndsen berndt bernhard bernhardt bernotas bernotiene berntsen berntsson beron berrada
berriel berrio berrios berrutti berry berta bertalan bertelsen bertemes berthelot berthelsen berti bertilsson
bertin bertrand besch besi beslic besnard bessa bessemer besson bester betancourt betancur betschart
bettencourt bettendorff beukes bevilacqua beyeler beyer bezerra bezjak bezuidenhout bhagat bhai bhandari
bhardwaj bharti bhat bhati bhatia bhatt bhatti bhengu bhoi bhosale bhullar bian bianchi bianchini bianco
białas białek biba bibicha bica bicer bichler bidstrup bielecka bieliauskas bielskis bieniek bieri biernat
biever bigler bigot bihari bijl bilal bilalli bilek bilel bilgin bilic bilkova bille billones billy binaku
binder bing bingen bingol binsfeld bintang bintz biondi birch bird biren birgisdottir birgisson birk birkeland
biro birrer biru bischof bischoff bisenius bisgaard bishnoi bishop bisht biskra bislimi bispo biswal biswas
bitencourt biton bittencourt bitton biver biwer biyela bizjak bjarnadottir bjarnason bjelland bjerg bjerke
bjerre bjerregaard bjerrum bjorg bjorgvinsdottir bjorgvinsson bjork bjorklund bjorkman bjornsdottir bjornsson
bjørge bjørklund bjørn bjørndal bjørnsen bjørnstad blaauw black blagojevic blaha blahova blakaj blake blanc
blanchard blanche blanchet blanco blank blas blasco blaser blatter blazek blazevic blazkova blazquez blazys
blessing blida blidi blin blixt bllaca bloem blok blom blomberg blomgren blomme blomqvist blondal blondel blum
blume bnani bob boban bochenek bock boda bodart bodi bodin bodnar bodo bodor boer boers boersma boesen bogado
bogaert bogaerts bogataj bogdan bogdanov bogdanova bogdanovic bogicevic bognar bogner bogusz bohlin bohm
bohman bohme bohorquez boisen bojanic bojic bojovic bokor bolaji boland bolanos bolat bolger bolivar boljevic
bollen bolliger bolso bolstad bolton boman bond bonde bondoc bonev boneva bonfim bong bongers bonifacio
bonilla bonnet bonnie bonte boom boon boone boonen boonstra boot booth booysen bora borah borba borbely borch
bordon borek borg borge borgen borges borgstrom boric borisov borisova borja borjesson borkowska borkowski
boro boros borowska borowski borrelli borremans borromeo borsos borst borup bos bosch bosco boskovic bosma
bosman bosmans bosnjak bosshard bossi bostrom botelho botero botes botha botica botos bottcher bou bouali
bouaziz bouazizi boubaker boubou bouchard boucher bouchet bouchra boudreau boughanmi boulanger bouma bouman
bouraoui bouras bourg bourgeois bourke bouvier bouwman bouwmeester bouziane bouzid bouzidi boyd boye boyer
boylan boyle boysen boz bozic bozkurt bozovic boðvarsdottir braathen brabcova brabec bracke bracken brada
bradley brady braga bragadottir bragason brahem brahim brahimaj brahimi brahmi brajkovic brajovic brambilla
branco brand brandao brandenburger brandl brandner brands brandstatter brandstetter brandt brankovic
brannstrom brar bras brasil braten brathen braun bravo braz brazauskas brcic bredesen breen bregu breivik
brekalo brekke brennan brenner breton breuer brevik brezina brezinova breznik brian briand briceno briedis
briem brien briggs bright brigitta briki brink brinkman brinkmann briones brites britez brito britos brix
brizuela brkic broberg broderick brodersen brodin brogaard broman brooks brophy brosnan brostrom brouwer
brouwers brown browne broz brozova bruce bruck bruckner brugger brugman bruhn bruin bruins bruinsma brum brun
brunet brunetti bruni brunner bruno bruns bruun bruxelles bruzas bryant brynjarsdottir brynjarsson
brynjolfsdottir brynjolfsson brzezinska brzezinski brzozowska brzozowski brøndum bubanja bucci buch buchegger
bucher buchholz buchner buchs buckley buczek budai budak budi budianto budiman budimir budiono budiyanto
budrys budva buena buenafe buenaflor buenaventura bueno bugge buhl buhler buhlmann buijs buisson buitrago
buivydas bujupi bukar bukauskas bukola bukovec bulajic bulan bulatovic bulbul bulgaria bulic buljan bulow
bulut bunda bundgaard bunga bungsu bunjaku buono burba burbano bures buresova burger burgers burgess burgi
burgos burgstaller burgueno burian burianova buric burke burkhalter burki burman burns burri burrows burton
burtscher busch bushi busic busk bustamante bustos buthelezi butkevicius butkiene butkus butkute butler
butorac butt buttner buus buzhala bvb bwi bxl bye byeon bylund byoun byrne bystrom bytyci bytyqi byun bæk
bødker bøe bøgh børresen błaszczyk cabahug caballero cabanillas cabello cabete cabezas cabral cabrera cabrita
caceres cacic cadena cadiz caeiro caem caetano caffrey caglar cahaya cahill cahuana cahya cahyadi cahyono cai
caicedo cakaj cakar cakir cakmak cakır cal calabrese calado caldas caldeira calderon calero callaghan calle
callebaut callens callesen callewaert calma calvo calıskan cam camacho camara camargo camejo cameron camilo
campbell campo campos camus canada canales cancela canchola cancino candan candeias candia candido candra
candy canete cani caniago canlas cano canoy cantero cantika cantillo cantu canul cao capasso capela capili
capistrano capkova capo capone capuano caputo car carabajal caraballo carandang carbajal carballo carbone
carbonell carbonero carboni carcamo cardenas cardona cardoso cardozo carey cariaga carillo carino carla
carlberg carlier carlos carlsen carlson carlsson carmen carmo carmona carneiro caro carolan carole carolina
caroline caron carp carpentier carpio carr carranza carrasco carreira carreno carreon carrera carrie carrilho
carrillo carrion carrizo carro carroll carstensen carta carter cartes carthy carty caruso carvajal carvalho
casa casado casanova casas casco casey casier casillas casimiro caspersen cassidy cassie castaldo castaneda
castanheira castano castellano castellanos castelli castiblanco castillo castor castrillon castro cat
catacutan catalan catalano catania catarina catarino cathy cattaneo cavaco cavalcante cavalcanti cavaliere
cavallaro cavallo cawley cayabyab cayank cayetano cazares cea ceballos ceccarelli cech cechova cedres cee
cejas cela cele celebi celik celis cen ceng cengiz ceniza centeno centurion cepeda cerda cermak cermakova
cerna cerne cerniauskaite cerniauskas cerny ceron cerqueira cervantes cervena cervenka cervenkova cerveny
cesar cespedes cetin cetinkaya cetkovic ceulemans cevik ceyhan ceylan cezar cha chaabani chacon chae chafik
chagas chahal chahid chai chaieb chaima chak chakir chakraborty chakroun chaloupkova cham chamali chambers
chambi chamorro chamoun chan chand chandel chandra chandran chang chaniago chao chaouch chaoui chaparro
chapman charaf charles charlier charpentier charrier charvatova chasan chatterjee chatzi chatzis chau
chaudhari chaudhary chaudhry chauhan chauke chauvin chavan chavda chaves chavez chaw chawi chawki chayanx che
cheah chebbi chee cheema chen cheng cheon cheong cherif cherifi cherkaoui cherni cherry chetry chetty cheuk
cheung chevalier chevallier chew chhetri chi chia chiam chiang chiao chiba chidi chieh chien chigozie chih
chihi chijioke chik chika chim chima chin china chinedu chinenye ching chinonso chinwi chinyere chioma chiong
chiou chipana chirinos chiu chloe chmiel chmielewska chmielewski chng cho choe choi chojnacka chojnacki chokri
cholakov cholakova chong choo choong choque chou chouchene choudhary choudhury chough chouhan choukri choung
chow chowdhury choy chrif chris christanto christen christensen christiaens christian christiane christiansen
christodoulou christoffersen christophe christopher christophersen christopoulos christopoulou christos
christou chu chua chuah chuan chuang chueh chuen chueng chuh chui chuk chuks chukwu chukwudi chukwuemeka
chukwuma chum chun chung chura chye ciamis cicak cicek cichon cici cid ciesielska ciesielski ciesla cieslak
cieslik ciftci cifuentes cikaqi cimen cinco cindric cindy cinta cioffi ciou cipriani ciric cirillo cisneros
cisse cisterna cisternas citaku citra cizek cizkova claes claessens claesson claeys clancy clara clark clarke
claro claudia claus clausen claveria clavijo clayton cleary clees clemens clement clemente clemmensen clerc
clifford cloete cloos cloutier coban cocco coco coelho coenen coetzee coffey cofre cohen coimbra coitinho
coitino colaco colak colas cole colella coleman colic colin colina collado collard collazo collet collignon
collin colling collins colman colombo colon colovic colson colucci comel comerford comia conceicao concepcion
concha conde condon condori cong conlon connell connie connolly connor connors conrad conrardy conroy
constantine constantino constanza conte conter conti contrera contreras conway cook cooke cools cooney cooper
coppens coppola cor corbalan corbett corbo corcoran cordeiro cordero cordier cordoba cordova coria coric
cormier cornejo cornelis cornelissen cornet corona coronado coronel corovic corpuz corrado corral corrales
correa corredor correia corrigan cortes cortese cortez corvalan cosentino cosic coskun cossu costa costantini
costantino costanzo coste costello cota cote cotrina cotter coughlan coulibaly coulon courtney courtois cousin
coutinho couto covarrubias covic cox coyle coyne cozzolino craig crawford crayzi crb crespo crisostomo
cristiano cristina cristobal crnkovic cronin cross crossen crowe crowley cruz cruzado crystal csaba csanyi
csapo csaszar csc cseh csikos csilla csillag csiszar csizmadia csonka csontos csorba csordas cua cuadrado
cuadro cuadros cuba cubas cubillos cuellar cuello cuenca cuervo cuesta cueva cuevas cui cuizon culina culjak
cullen cummins cuna cunanan cunha cunningham cuomo cupido curbelo curic curkovic curley curran curri curtin
curtis custodio cuvelier cuypers cvetkov cvetkovic cvitkovic cynthia czaja czajka czajkowska czajkowski czako
czarnecka czarnecki czech czerwinska czyz cınar dabhi dabovic dabrowska dabrowski dacanay daci dacic dada dadi
dadon dadou daehyun daems dag dagan dagostino dahan dahbi dahiru dahl dahlan dahlberg dahle dahlgren dahlia
dahlin dahlqvist dahlstrom dahm dahmani dai dainius daisy daiva dak dakaj dal dale dalen dalessandro dalgaard
dali dalisay dall daloula dalsgaard dalton daly dam damanik damasceno damato damayanti dambrauskas dambrosio
damen damgaard damico damilola damjanovic damm damon damor damsgaard dan danao dandrea danek dang dangelo
danial daniel daniele danielius daniels danielsdottir danielsen danielsson danilov danilova danilovic danish
danjuma dankova danladi danny dantas daoudi dapkus dar darcy dargis darma darmawan darren das dash daskalakis
daskalova datu daubenfeld daud dauda daugaard dauphin dauria dauti dautovic dave davey davi david davidov
davidova davidovic davids davidsen davidson davidsson davies davila davis davison daviðsdottir daviðsson dawdi
dawn dawson day dayan dayao dayrit daza ddg ddong deak dean deb debbarma debeljak debnath deborah debruyne
decena decker deckers declerck declercq decock decoster deda dede dedic dee deegan deen deep deepak degn
deguzman dejan deka dekker dekkers del delacruz delaney delattre delaunay deleon deleuran delfin delfosse
delgado delhaye deli delia delic delima deliu delorme delvaux demaj demeter demir demirbas demircan demirci
demirel demiri demirtas demolli dempsey demuth denes deng denis deniz deol deou deprez derbali derks derksen
dermawan dervishaj dervishi desai descamps deschamps deshmukh desjardins desku desmedt desmet deso despotovic
deutsch dev devaux devcic deveci devera devi devine devlin devos dewaele dewi dewulf dey deztanto dhahri
dhaliwal dhaouadi dharma dharmawan dhillon dhiman dhlamini dhondt dhont dia diab diaby diakite diallo diamanti
diamantis diamantopoulos dian diana diao diarra dias diawara diaz dib dibrani dickinson dickson dida didi
didier dido didou diederich diego dierckx dierickx dietrich dietz diez dija dijk dijkstra dike dillon dimaano
dimas dimitriadis dimitriadou dimitrijevic dimitrios dimitriou dimitris dimitropoulos dimitrov dimitrova
dimopoulos dimopoulou dimos dimou dimov dimova din dinc dincer dinda dinesen dinesh dinev dineva ding dinic
dinis diniz diogo dionisio diop ditlevsen dittrich dixit dixon dizon djaja djamel djilali djohan djokic
djokovic djordjevic djukanovic djukic djurdjevic djuric djurisic djurkovic djurovic dladla dlamini dlomo
dlouha dlouhy dmitrieva dmitrijev dmitrijeva doank dobos dobosz dobrev dobreva dobrowolska dobruna doda dodig
dody dogan dogru doherty dohnal doi doko dolan dolenc dolezal dolezalova domagała domarkas domazet domenico
domingo domingos domingues dominguez dominic domokos domotor don donati donato donchev doncheva dondelinger
dong donghyun donmez donnelly donofrio donoghue donohoe donoso donovan dooley dooyoung doppler dor dora dorado
doran doring dorner dostal dostalova dostert dou doucoure douglas douka doukas dourado dowling downes downey
doyle dragan draganov draganova dragicevic dragovic dragusha drame draskovic drenth dreshaj dridi driesen
driessen driss drobnjak dror drost drozd dsouza duan duarte dube dubey dubois duda dudas dudek duenas duffy
dufour duggan duhamel duhr dujardin dujmovic duka dukic dulay duma duman dumas dumlao dumont dumoulin duncan
dundar dunn dunne dunphy dupont dupuis dupuy duque durai durak durakovic duraku duran durand durango durante
durmaz durmishi durmus dursun duru dusek dushi duskova dutra dutta duus duval duvnjak dvir dvorackova dvorak
dvorakova dwi dwivedi dwyer dyck dziedzic eason ebbesen ebere eberharter eberl eberle ebert ebner ebrahem
ebrahim echeverria echeverry echo ecker eckert economou eddine eder edet edin edina edita edlinger edlund
edman edri edstrom eduarda eduardo edvardsen edvardsson edwards eeckhout efe efendi effendi effendy effiong
efstathiou efthimiou egan egeland eggen eggenberger egger eggertsdottir eggertsson egholm egilsdottir egilsson
egli egri eguchi egyed ehab eichenberger eichinger eid eide eikeland eileen eilertsen einarsdottir einarsson
eiriksdottir eiriksson eischen ejupi eka ekawati ekberg ekdahl eke ekelund eker ekholm ekici ekinci eklof
eklund ekman ekstrand ekstrom elaine elbaz eleanore eleftheriadis eleftheriou elek elena eleni elezaj elezi
elgendy elgueta elia elias eliasdottir eliassen eliasson elijah elimelech eliyahu elizabeth elkjær ell elle
ellefsen ellegaard eller ellingsen elliott ellis elmas elmasry elo eloranta elsaid elsana elsayed elsen
elshani emad emam emanuel emanuelsson emeka emese emilija emilov emilova emilsson emily emin emini emma
emmanouil emmanuel emmenegger emre encarnacion enchev encina endo endresen endutt enemark enevoldsen eng
engberg engdahl engebretsen engel engelbrecht engelen engelhardt engels engen enger engh engin english englund
engman engstrom eni eniko ennis enomoto enright enrique enriquez entringer eom erasmus erazo ercan erceg erdei
erdelyi erdem erden erdmann erdogan erdos eren erez ergin ergun eric erichsen ericson ericsson erik erika
eriksen eriksson erjavec erkan erkkila erlandsen erlandsson erlendsdottir erlendsson erlingsdottir erlingsson
erm ermel erni ernst eroglu erol eronen eros erpelding ersoy ertl erturk ervik erzsebet esam escalante
escamilla escobar escobedo escribano escudero esen eser esguerra eskelinen eskildsen esko eskola eslam esmail
espana esparza espeland espersen espina espindola espino espinola espinosa espinoza espiritu espitia esposito
esquivel ess essa essam esser essid essien est estacio estay esteban esteves estevez esther estrada estrela
estrella esu eszter etcheverry etienne etim etter eugenio eugster eum eunjung eunsuk eusebio eva evangelista
evans evensen everaert evers evjen evora evrard ewen exposito eyjolfsdottir eyjolfsson eyþorsdottir eze ezeh
ezekiel ezequiel ezra ezz ezzat fabbri faber fabian fabio fabre fabricius fadil fadili fagan fagundes fagundez
fahad fahmi fahmy fahy fai faisal faith faiz faizal fajar fajardo falcao falch falco falcon falcone falero
falk fallon fan fandel fang fankhauser fanni fanny farag farago farah fares farfan farhan farhana farhani
farhat faria farias farid farina farinha faris farkas farooq farouk farrell farrelly farstad faruk fasching
fassler fat fateh fathi fathy fati fatiha fatima fatimah fatma fatnassi fatouma faundez faure faustino fauzan
fauzi favour favre fawzy fay fazekas fazio fazlija fazliu fbs fdez federico federspiel fedorova feeney
feenstra feher fehr fei feichtinger feiereisen feitosa fejes fejza fejzullahu feka fekete felder feldman
feliciano felipe felix feller fellner felten feltgen female femi feng fenyvesi ferati ferchichi ferenc ferencz
ferenczi ferguson ferizi ferjani fernand fernanda fernandes fernandez fernando ferrada ferrante ferrao ferrara
ferrari ferraro ferraz ferreira ferrer ferretti ferreyra ferri ferro fes festus fetahu fettes feyder fiala
fialho fialova fidalgo fidan fiedler field fier fierro fifi figueira figueiredo figueredo figueroa fikri
filali filho filip filipa filipe filipiak filipov filipova filipovic filippi filippou filippov fink finn
finnbogadottir finnbogason finnegan finnsdottir finnsson finstad fiodorov fiodorova fiona fiore fiorentino
firdaus firman firmansyah firmino fisch fischbach fischer fiser fiserova fish fisher fisker fitri fitria
fitriani fitzgerald fitzpatrick fitzsimons fjeld fjeldstad fjeldsted fjodorov fjodorova flaherty flammang
flanagan flannery fleitas fleming fletcher fleur fleury flood flor florence florendo florentino flores florez
flour fluckiger flury flynn fodor fofana fogarty fogh fok foldi foley fonck fong fonseca fontaine fontana
fontanilla fontenele fontes foo foong ford forde forero forgacs formosa formossa formoza formozza formusa fors
forsberg forsgren forslund forsman forster forte fortes fortin fortuin fortunato foss fosse fossum foster foti
fotiadis fotopoulos fouad foufa fourie fournier fowler fox frade fraga fragoso fraj franca france francesco
franchi francia francis francisca francisco franck franco francois frandsen franic frank franke franken
franklin fransen franssen fransson frantz frantzen franz franzen fras fraser fredericks frederiksen fredheim
fredriksen fredriksson freeman frei freire freitag freitas french frey freyr frias friberg fricke fridman
frieden friederich friedl friedli friedman friedrich friesen friis frisch frischknecht frising frisk fritz
friðjonsson friðriksdottir friðriksson frohlich frolov frost fruhwirth fuchs fuentealba fuentes fuenzalida
fuglsang fuhrmann fujii fujimoto fujisawa fujita fujiwara fukuda fukui fukumoto fukushima fuller fulop fun
funck funes fung funk funke funmilayo furlan furlong furrer furst furtado furukawa furuya fusco førde fırat
gaal gabay gaber gabor gabriel gabriela gabriele gabriella gabrielsen gabrielsson gabsi gad gade gadea gaete
gaffney gafsi gagliardi gagnon gai gaikwad gaillard gaitan gajardo gajda gajewska gajewski gajic gal galal
galambos galan galang galanis galarza galaz galdikas galdino galeano gales galic galicia galindo gallagher
gallant gallapeni gallardo gallego gallegos galleguillos galli gallo galovic galvan galvao galvez galvin
galvis gama gamal gamarra gambo gamboa gameiro gamez gamit gammelgaard gan ganchev gancheva gandhi ganesan
ganesh ganev gangl gannon gao garay garba garces garcia gardasevic gardner garduno garg gargiulo garnier
garofalo garrido gartner garvey gary garza garzon garðarsdottir garðarsson gashi gashii gasior gasmi gaspar
gasser gassner gastelum gatchalian gatica gatti gatto gaudin gauna gaur gautam gauthier gautier gavalas gavin
gaviria gavran gavrilovic gawlik gawron gaytan gazdag gbenga gebhardt gecas geci gedik gedminas gedvilas gee
geens geerts gega gegaj gehrig geiger geirsdottir geirsson geiser geisler gelhausen genc genchev gencheva geng
gengler genov genova genovese gentile geoghegan georgakopoulos georgakopoulou george georges georgiadis
georgiadou georgiev georgieva georgios georgiou georgopoulos georgopoulou georgsson geraghty geraldes gerard
gerber gerez gergely gergo gerguri gerlach germain germano geronimo gerrits gerritsen gestsdottir gestsson
geum geurts gezer gfeller ghanem ghani ghanmi gharbi ghazali ghazouani ghim ghosh ghribi ghumman
giannakopoulos giannakopoulou giannini giannis giannopoulos giannopoulou giannoulis gibbons gibbs gibson
giedraitis gielen giesbrecht gift giger giglio gil gilbert gilbertz gill gillen gilles gillespie gillet gilson
gimenez gimeno ginting gioia giordano giorgi giorgio giorgos giovanni giraldo girard giraud giri gisladottir
gislason gisler giuliani giuliano giuseppe giusti gjakova gjata gjerde gjergji gjertsen gjikolli gjini gjocaj
gjoka gjoni glaser glatz glauser glavas gleeson glesener glez glisic glod gloden glodt gloe gloor gloria glory
glover glynn gmeiner gnnd gobel godart godinho godoy godwin goebel goedert goergen goes goethals goffin goga
gogo gogoi goh gohil gojani gojkovic gok gokce goktas golan gold goldberg goldman goldstein golob golub
golubev golubic golubovic gomaa gomboc gombos gomes gomez goncalves gonda gondal gong gonner gonsalez gonzaga
gonzales gonzalez goodwin goossens gopal gor gora goranov goransson goraya gordillo gordon gorecka gorecki
goren gorenc gori goris gorka gorman gorosito gorska gorski gospodinov gospodinova goswami goto gotz gou goud
gouda goulart gour gouveia gouws govaerts govender gowda goyal gozali graas grabauskas graber grabner
grabowska grabowski graca grace gracia graczyk graf graham grahn grajales gram gramajo gran grana granados
granata granath granberg grande granlund granstrom grant grassi grasso gratzer gravdal graversen gravesen gray
graziano grbavac grbic grbovic greco green greenberg greene greenwood gregersen gregor gregorio gregory
greisch greta gretarsdottir gretarsson grethen greve grewal grg grgic grguric gri gricius grieco griffin
griffiths grigaitis grigaliunaite grigaliunas grigas grigonis grigoriadis grigoriadou grigoriou grigorjev
grigorjeva grigorov grigorova grigoryan grill grillo grilo grimaldi grimes grimm grimsson grimstad grinberg
grisales grisius grivas groat grob grobler groen groenendijk groeneveld groenewald gronroos groot gros gross
grossenbacher grossi groth groß gruber grubisic grujic grun gruszka grzegorczyk grzelak grzesiak grzyb grøn
grønlund gtd guadalupe guajardo guan guang guangzhou guanzon guarino guclu gudaitis gudelj gudjonsson
gudmundsdottir gudmundsson guedes guensang guerin guerra guerreiro guerrero guesmi guevara guevarra gui
guichard guida guidi guilbert guilherme guillaume guillen guillermo guillet guillon guillot guillou guimaraes
guinto guizani gujjar gul gularte gulbinas gulbrandsen guldager gulec guler gull gulliksen gultekin gultom
gulyas gumbi gumede gumus gun gunadi gunawan gunay gundersen gundogdu gunduz guner gunes guney gungor
gunnarsdottir gunnarsson gunnlaugsdottir gunnlaugsson gunther guo gupta gur gurbuz guri gurjar gursoy gurung
gusseva gustafsdottir gustafson gustafsson gustavo gustavsen gustavsson gut gutierrez gutomo guttormsen guven
guy guyot guzel guzman guðbjartsdottir guðbjornsson guðbrandsson guðjonsdottir guðjonsson guðlaugsdottir
guðlaugsson guðmundsdottir guðmundsson guðnadottir guðnason gwak gwala gwon gyarmati gylfadottir gylfason
gyongyosi gyorgy gyori gyula głowacka głowacki haahr haaland haan haapala haapanen haas haase haataja haavisto
haberl habib habibi hachimi hackl hadad hadar haddad hadebe hadi hadj hadji hadzic hafez hafid hafidi hafiz
hafliger hafliðadottir hafliðason hafner hafsteinsdottir hafsteinsson hafþorsdottir hafþorsson haga hagberg
hagen hager hagg hagglund haggstrom hagiwara haglund hagman hagstrom hahn haidak haider haikal haim hair haj
hajar hajdaraj hajdari hajdini hajdu hajduk hajek haji hajji hajkova hajnal hajnalka hajra hajri hajrizi
hakala hakansson hakim hakimi hakkarainen hakkinen hakonarson hakonsen halabi haland halasz hald halder halil
halilaj halili halilovic halim halimi halitaj haliti hall hallberg halldorsdottir halldorsson haller hallgren
hallgrimsdottir hallgrimsson hallik hallin halme halonen halouma halpin halsdorf halvorsen ham hama hamad
hamada hamadi hamalainen hamami hamann hamdan hamdaoui hamdi hamdy hamed hameed hames hamid hamidi hamilton
hamiti hamma hammad hammami hammar hammarstrom hammed hammemi hammer hammond hammouda hamon hamouda hamoudi
hamre hamrouni hamza hamzah hamzaoui han hana hanakova hanan hanane hanbin handayani handler handoko handoyo
hanen hang hani hanif hank hanke hanley hanlon hanna hannachi hannesdottir hannesson hanni hanninen hannon
hannula hanona hansdottir hansen hanssen hansson hanus hanusova hany hao hapsari haq haque hara harada harahap
haraldsdottir haraldsen haraldsson harari harder hardi harding hardt hardy harel hari harianto haris hariyanto
harju harkonen harm harms harmsen haron harper harrabi harrer harrington harris harrison harsanyi harsono hart
hartanto hartati harte hartikainen hartl hartley hartman hartmann hartog hartono hartoyo harun haruna harush
harvey hary haryadi haryanto haryono harðardottir harðarson hasa hasan hasanah hasanaj hasani hasanov hasanova
hasanovic hasegawa hashani hashem hashim hashimoto hasibuan hasler haslinger hasni hassan hassani hassen
hasson hasugian hasyim hata hatem hati hatim hattori hau hauer haug haugaard haugan hauge haugen haugland
hauksdottir hauksson haung haupt hauser hautala hautamaki havasi havel havelka havelkova haverinen havlicek
havlickova havlik havlikova havlova hawkins haxha haxhaj haxhijaj haxhiu hayakawa hayashi hayashida hayat
hayati hayden hayes hayward hazan hazarika hazem haziq haziraj haziri hbibha hbibto hdez hdz healy heath
hebblethwaite hebert heck hedberg hedegaard hedhli hedi hedin hedlund hedman hedstrom heeil heejin heemskerk
heeyeol heffernan hegarty hegazy hegedus hegyi hei heiderscheid heijmans heijnen heikkila heikkinen
heimisdottir heimisson hein heindl heine heinen heiniger heino heinonen heinrich heinsalu heinsoo heintz heinz
heinze heiskanen heiðarsson helal held helen helena helenius helga helgadottir helgason helgesen helgesson
helin helland hellberg helle heller hellgren hellman hellstrom helminen helmy helsen hemmer hemmingsen hen
henao henderson hendra hendrawan hendri hendricks hendrickx hendriks hendriksen hendrikson heng hengen heni
henke hennessy hennig henning henningsen henningsson henriksen henriksson henrique henriques henriquez henry
heo herawati herbst herceg herczeg heredia heri herlambang herlina herman hermann hermannsdottir hermannsson
hermans hermansen hermansson hermanto hermawan hermes hermosilla hermoso hernadez hernandes hernandez herrera
herrero herrmann hertz heru herve heryadi heryanto herzog hesham hess hesse hetemi hetland heung heur hewitt
heylen heymans hiba hicham hichem hichri hickey hicks hidaka hidalgo hidayah hidayat hidayati hiemstra hietala
hietanen higa higashi higgins higuchi hilal hilali hilario hilbert hildebrandt hilger hill hillestad
hilmarsdottir hilmarsson hiltunen himawan hin hincapie hind hing hinostroza hinriksson hinz hipolito hirai
hirano hirata hirayama hirose hiroshi hirota hirsch hirschi hirvonen hisham hjalmarsdottir hjalmarsson
hjaltadottir hjaltason hjaltested hjartardottir hjartarson hjelle hjelm hjorleifsson hjort hjorth hladik
hladikova hlatshwayo hlavacek hlavackova hlavacova hlongwane hlophe hmida hmidi hoang hocevar hocine hodaj
hodak hodgson hodl hodzic hoe hoek hoekstra hoel hoey hofbauer hofer hoff hoffmann hofler hofman hofmann
hofstetter hogan hogberg hoglund hoi hokkanen hola holanda holden hole holecek holeckova holen holgersson
holguin holland hollander holler holm holmberg holmen holmes holmgaard holmgren holmqvist holmstrom holopainen
holst holstad holt holte holter holthe holub holubova holy holz holzer holzinger holzl holzmann homescapes
homma hon honda hong honkanen honorato hoo hoogendoorn hoogeveen hoogland hoon hopkins hopp hoppe hoque
horacek horackova horak horakova horan horgan hori horiuchi hormazabal horn hornos hornyak horta horvat
horvath horvatic hosek hosen hoshino hoskova hoskuldsdottir hosni hosny hossain hossam hossan hosseini hossen
hossin hoste hostettler hoti hott hou houari houben houda hougaard houssem hovde hovden hovland howard howe
hoxha hoxhaj hoyos hrafnsson hrdlicka hrdlickova hreinsdottir hreinsson hren hribar hristov hristova hrovat
hruba hruby hruska hruskova hsia hsiang hsiao hsieh hsin hsing hsiung hsu hsuan hsueh htet hua huaman huamani
huan huanca huang huarcaya huat huber hubert huberty hubner huda hudson huemer huen hueppi huerta huertas huet
hug hughes hugo huh huhtala hui huillca huisman huizinga hult hultgren hultman humbert humer hung hunt hunter
hunziker huo huotari huovinen hurh hurley hurlimann hurtado husain husby huse huseby husein husen huseyin
husin husna husovic hussain hussaini hussan hussein hussen hussien hussin huszar hutabarat hutagalung hutapea
hutchinson hutter huttunen huuskonen huybrechts huyghe huynh huysmans hvid hviid hwang hwong hyejin hyeon
hyeonjeong hyka hyland hynes hysa hysenaj hyseni hytonen hyttinen hyunhee hyunjoo hyunku hyunsik hyusein
hyvarinen hyvonen høgh høj højgaard høyer høyland iacono ibanez ibarra ibe ibishi ibragimov ibraheem ibrahem
ibrahim ibrahimi ibryam ibsen iceland icha ichikawa ida ide idowu idris idrisi idrissi idrizi iee ieva ifeanyi
ifeoma igarashi iglesias ignacia ignacio ignatov ignatova ignjatovic igwe iida iijima ijeoma ike ikechukwu
ikeda ikhwan ikonen ikram ilagan ilazi ildiko ilham ilhan iliadis ilias ilic iliev ilieva iliopoulos
iliopoulou illes ilona ilves ilyas ilyass imad imah imai imamura iman imane imed imen imeri imhof immonen
imperial imran imre ina inaba inacio inagaki inan ince indah india indra indrawati indriani inem ines inga
ingadottir ingason ingebrigtsen ingi ingimarsdottir ingimarsson ingimundarson ingolfsdottir ingolfsson
ingvadottir ingvarsdottir ingvarsson ingvason innocent inocencio inostroza inoue insaurralde inseoul intan
inyang ioannidis ioannidou ioannis ioannou iordanov iordanova iorio ipek ipsen iqbal irawan irawati irene
ireng irfan irianto irmansyah irwan isa isaac isaacs isabel isah isaksen isaksson iseli iseni ishak ishaq
ishibashi ishida ishihara ishii ishikawa ishola isidro isip iskandar islam islami islas islem ismail ismaili
ismailov ismailova ismajli israel israeli israelsson issam issaoui istogu istrefi istvan isufi isık iten ito
itoh itzhak ivan ivana ivanauskaite ivanauskas ivanauskiene ivancic ivankovic ivanov ivanova ivanovas ivanovic
ivarsdottir ivarsson ivask iversen ivic ivkovic ivy iwai iwamoto iwan iwasaki iwata iyad izaguirre izquierdo
izumi izwan izzati izzo jaafar jaakkola jaan jaanson jaanus jaaskelainen jaat jaatinen jabbar jaber jabłonska
jabłonski jacinto jack jackie jackson jacky jacob jacobs jacobsen jacobson jacobsson jacoby jacques jacquet
jadav jadeja jadhav jaebin jaekwon jaenudin jafari jagat jager jaggi jagtap jaha jahaj jahangir jahn jai jaime
jaimes jain jaiswal jakab jakarta jakas jakob jakobsdottir jakobsen jakobson jakobsson jakovlev jakovleva
jakovljevic jaksic jakubauskas jakubowska jakubowski jakupi jakutis jalakas jalal jali jalil jalonen jama
jamal jamaludin jamel james jamil jamila jamiu jamnik jan jana janas janat janda jandoubi jandova jane janecek
janeckova janes jang jangid jangir jani janiak janice janicka janicki janik janjic jankauskaite jankauskas
jankauskiene jankovic jankowska jankowski janku jankunas jannah janos janousek janouskova jans janse jansen
janssen janssens jansson jantjies jantti janulis janus janusz januzi janßen jao jap japoni jara jaramillo
jardim jaros jarosova jarosz jarral jarv jarve jarvela jarvenpaa jarvi jarvinen jarvis jashari jasinska
jasinski jason jaspers jasso jasto jat jatt jauhiainen javed javier javornik jawad jaworska jaworski jay jaya
jaziri jbali jbareen jbeli jdidi jean jeannot jebali jedlicka jedlickova jee jefimov jegal jegorov jegorova
jelavic jelen jelev jelic jelinek jelinkova jemai jemming jen jena jendoubi jenei jeng jenko jenni jennifer
jennings jenny jensdottir jensen jenssen jensson jeon jeong jeppesen jeppsson jepsen jerabek jerabkova jerbi
jereb jeremic jerez jerkovic jerman jerry jespersen jessen jessica jessie jesus jeun jeung jevtic jezek
jezkova jha jhang jheng jia jian jiang jiao jibrin jie jihopark jihye jijel jiji jim jimenez jimmy jimoh jin
jindra jing jingga jinho jinwoo jiraskova jiri jiwon jjang jlassi joanna joao joaquim joaquin jocic jocius joe
joel joensen joensuu joesaar joey jofre jogi johal johannes johannesdottir johannesen johannessen johannesson
johannsdottir johannsen johannsson johansen johanson johansson johari john johnny johnsen johnson johnsrud
johnsson johnston johnstone jojo jokela jokic jokinen joksimovic jokubaitis jokubauskas jolanta jolin joly
jonaitis jonas jonasdottir jonassen jonasson jonathan jonckheere jones jong jonghyuk jongmin jonikas jonker
jonkers jonkman jons jonsdottir jonsson joo joost joosten jordaan jordan jordanov jordanova jorge jorgensen
joris jorquera jose josef josefsson joseph joshi joshua josipovic joson jost jou joubert jouini joung joungman
jovanovic jovic jovicevic jovicic jovovic joy joyce jozic jozsa jozsef jozwiak jridi jsk juan juang juarez
jucius jude judit judy juel jug juhanson juhasz juhkam juhl juhlin jukic jukna juknevicius julca julien juliet
julio julius juliusdottir juliusson jun jun-sik junaedi junaidi jung jungi jungsik junhyuck junio junior
junker juntunen juodis jur jurado juras jurcevic jurek jureviciene jurevicius jurgaitis jurgens jurgensen
jurgenson jurgita juric juricic jurisic jurjevic jurkiewicz jurkovic jurkus juska juskaite juskevicius
juskiene jusoh jussila justesen justino jusuf jusufi juszczak jutt juul juvonen jæger jønsson jørgensen kaabi
kaar kaas kaasik kabaha kabashi kabha kabir kabiru kabyle kacar kacem kacm kacprzak kaczmarczyk kaczmarek
kaczor kada kadam kadar kader kadi kadir kadiri kadlec kadlecova kadosh kadri kadriu kahkonen kahlon kahraman
kai kaikkonen kainulainen kainz kairiene kairys kairyte kaiser kajtazi kalac kalam kalda kaldma kaldoja kale
kaleta kalev kalezic kalin kalinauskas kalinina kalinowska kalinowski kalita kaljula kaljurand kalkan kallai
kallas kallaste kallio kalliokoski kalludra kalman kalmar kalmes kalmus kalogeropoulos kalogirou kalu
kaludjerovic kam kamal kamandanu kamarainen kamaruddin kamarudin kamberi kamble kamel kamenov kamenova kami
kaminska kaminskas kaminski kaminskiene kamiya kammoun kamp kamphuis kamsiah kan kanai kanashiro kanazawa
kanda kandan kandel kandemir kane kaneko kanellopoulos kanellopoulou kanerva kanev kang kangas kangro kangur
kania kankaanpaa kannan kanno kano kantola kantor kao kapa kaplan kapoor kar kara karaaslan karabulut karaca
karadag karadeniz karadolami karadottir karaduman karadzic karagianni karagiannis karagoz karahan karaj
karakas karakaya karakoc karakus karalis karalius karam karaman karan karason karatas karatzas kardos kardum
kareem karel karen karger karhu karhunen kari karim karima karimi karimov karjalainen karki karkkainen karl
karlberg karlsdottir karlsen karlsson karlstrom karmakar karner karoly karoui karpati karppinen karra karras
karro kartal karthi karthik kartika karttunen karu karvinen karvonen kasai kasak kase kasel kaser kashyap
kasia kasih kasim kask kaspar kasparova kasprzak kasprzyk kassim kassimi kastelic kastner kastrati kasza
kaszas kata katalin kataoka katayama katerina kathy katic katinas kato katona katsaros katz kauffmann kaufmann
kauhanen kaunas kaup kauppi kauppila kauppinen kaur kaushik kavak kavaliauskaite kavaliauskas kavaliauskiene
kavanagh kavcic kawabata kawaguchi kawahara kawai kawakami kawamoto kawamura kawano kawasaki kawashima kawtar
kay kaya kayode kayser kazakevicius kazeem kazlauskaite kazlauskas kazlauskiene kazmierczak keane kearney
kearns keating kech kecskes kee keegan keenan kefalas kefi kehaya kehinde kehoe kei keijzer keil keinanen
keita keizer kejora kekana kelana kelava kelder kelechi kelemen keles kelleher keller kellner kelly kelmendi
kelvin kemp kemppainen ken kenji kennedy kenneth kenny kent keogh keong keranen kerekes keren keresztes kerge
kerger kerkhof kern kerr kerschbaumer kerschen kersten kertesz keser keskin keskinen keskitalo keskula kessler
kesuma ketola kettunen keum keung kevin khadija khadka khadraoui khairul khalaf khaldi khaled khalid khalifa
khalil khan khanyile khasanah khateb khateeb khatib khatri khattak khatun khazri khelifi khemiri khiari khlifi
khmiri kho khoo khor khosa khotimah khoury khoza khumalo khuzwayo kiat kicaj kidane kiefer kieffer kiely
kiernan kiho kiik kiis kiisk kikas kiki kikkas kikuchi kilic kilpelainen kim kimi kimmel kimo kimura kin king
kinga kingsley kinnunen kinoshita kinsella kiraly kiran kirana kirchen kirchner kirilov kirilova kirk kirkeby
kirkegaard kirov kirova kirs kirsch kirsimae kirsipuu kirss kirwan kis kishi kishimoto kishor kisiel kisielius
kiss kit kitagawa kitamura kitano kitti kiu kiuru kivela kivi kivimagi kivimaki kivinen kiviniemi kivirand
kivistik kivisto kjartansdottir kjartansson kjeldgaard kjeldsen kjellberg kjær kjærgaard kjærsgaard klaas
klaassen klai klaipeda klanac klaric klassen klaus klausen klaver klein kleiven klemencic kleppe kleven klima
klimas klimczak klimek klimesova klimova klitgaard kljajic klm klok klomp klose klug kluge kmiecik knapp
knecht kneip knez knezevic knezovic knight knol knoll knowles knudsen knutsen knutsson kobal kobayashi kobe
koc koca kocak kocaman kocan koch koci kocic kock kocsis kodama koelewijn koenig kofler kofod kofoed koga
kogan kogler koh kohl kohler kohn kohnen kohout kohoutova kohv koiak koike koistinen koit koiv koivisto
koivula koivunen koivuniemi koizumi kojic kojima kok kokalj koki kokk kokkinos kokko kokkonen koko kokol
kokollari koksal koky kola kolak kolar kolaric kolarova kolawole kolbeinsdottir kolbeinsson kold kolehmainen
kolesnikov kolev koleva kolgeci koli kolic kolk kollar koller kollia kollias kolovos kolstad komarkova
komaromi komarova komatsu komulainen konatar konate koncz kondo kone konecna konecny kong konieczna konieczny
konig koning konings konishi konno kono konopka konovalova konrad konraðsdottir konsbruck konstantinidis
konstantinidou konstantinos konstantinou kontogiannis kontos kontou kontrimas konttinen konya koo kooij
kooijman kooistra kool koon koopman koopmans koops koor koort kopec kopecka kopecky koponen kopp koppel
koprivica korac kordic korea koren korhonen korinkova korkmaz korner koroglu korosec korpela korpi korsgaard
kortelainen kos kosa kosasih kose kosi kosir koskela koski koskinen kosmas kosmidis kosonen kosova kosta
kostadinov kostadinova kostas koster kostic kostopoulos kostopoulou kostov kostova kostrzewa kosumi kot kotkas
kotnik kotze kou koudelka kouki koulouris kovac kovacevic kovachev kovacheva kovacic kovacs kovanen kovar
kovari kovarik kovarikova kovarova kowal kowalczyk kowalewska kowalewski kowalik kowalska kowalski koyama
koyuncu kozak kozakova kozan kozar kozieł kozina kozioł kozlov kozma kozłowska kozłowski kołodziej
kołodziejczyk krabbe kraft krag kragelund kragh kraiem krainer krajewska krajewski krajnc kral kralj kraljevic
kralova kramberger kramer krammer kranjc krantz krarup krasauskas krasniqi krastev krasteva kratka kratky
kratochvil kratochvilova kraus krause krausova krawczyk krawiec krebs krejci krejcova kremer krenn kreuzer
krieger krier kriisa krishna krishnan kristanto kristensen kristensson kristiansen kristiansson kristina
kristinsdottir kristinsson kristjansdottir kristjansson kristof kristoffersen kristoffersson krisztian
krisztina kritikos kritikou krivickas krivokapic kriz krizmanic krizova kroes krog kroger krogh krogsgaard
krogstad krol kroll kromann kronborg kroon kroupa kroupova krpan krsmanovic krstic kruger kruk krumov krumova
krupa kruse kruus kruuse kryeziu krysiak kuan kuang kuba kubatova kubheka kubiak kubica kubicek kubickova
kubik kubikova kubiliene kubilius kubo kubota kuc kucera kucerova kucharczyk kucharska kucharski kuci
kucinskas kucinskiene kucuk kudo kuen kugener kugler kuhar kuhn kuhne kuijpers kuiper kuipers kuisma kujala
kujawa kujur kuka kukaj kukk kukkonen kula kulcsar kulesza kulik kulikauskas kulkarni kull kullamaa kulmala
kumagai kumar kumara kumari kumawat kumpulainen kun kundrotas kundu kunene kung kuningas kunz kunze kuo
kuosmanen kuqi kurek kurg kurihara kurki kurnia kurniadi kurniawan kurniawati kuroda kuronen kurowska
kurpejovic kurs kurt kurtaj kurti kuru kurucz kurvits kurz kus kushwah kushwaha kusnadi kuster kusuma
kusumawati kusumo kuti kutlu kutsar kutt kutty kuus kuusela kuusemae kuusemets kuusik kuusisto kuusk
kuzmanovic kuzmickas kuzmin kuzmina kuznetsov kuznetsova kuzu kvam kvamme kvietkauskas kvist kwack kwag kwai
kwak kwan kwangjin kwee kwek kwen kweon kwiatkowska kwiatkowski kwiecien kwok kwon kwong kyaw kyllonen kyoung
kyriakopoulos kyriakou kyriazis kyung kılıc kılınc kłos laabidi laakkonen laakso laaksonen laan laane
laanemets laansalu laas laats labanauskas labidi labrador labuschagne lacerda lacey lach lachhab lachica laci
lackner lackovic lacost lacoste lacroix lacson lacuesta laczko ladefoged laenen laera lagman lago lagos laguna
lah lahav lahcen lahlou laht lahteenmaki lahti lahtinen lai laiho laila laima laine laitila laitinen lajos
lajqi lakamora lakatos lakic laklas laks lakshmi laksono lal lalic lalonde lalovic lam lama lamaj lamas lamb
lambert lambrecht lambrechts lamers lamesch lamine lammers lammi lampinen lamprecht lamprou lamy lan landa
lande landi landicho landin landolt landry landstrom lane lang langa lange langeland langer langit langlois
langseth lanners lantos lantz lanuza lanz lanza lao laos lapaz lapinskas lapointe laporte lappalainen lapuz
lara larache laranjeira larbi larkin laros larrosa larsen larssen larsson lartist larusdottir larusson lasic
laskar laskowska laskowski lassen lassila lassoued lastri laszlo lateef latic latief latif latifa latifi
latorre latvala lau lauer laugesen lauj laukaitis laukkanen laul launay laur laura laurel laurent laurente
lauri lauridsen laurila laurinaitis lauritsen lauritzen lauron laursen laustsen lauw lauwers lavi lavoie law
lawal lawan lawless lawlor lawrence lawson laxamana lay lazar lazarevic lazaridis lazaridou lazaro lazarou
lazarov lazarova lazarte lazic lazo lazovic lda leahy leal leandro leao leban lebedev lebedeva leblanc lebo
lebrun lech lechner leclerc leclercq lecomte ledesma ledezma leduc ledwaba lee leeb leemans leenders lefebvre
lefevre lefort legaspi leger legrand legros leguizamon lehikoinen lehmann lehner leht lehti lehtimaki lehtinen
lehtla lehtmets lehto lehtola lehtonen lehtsaar lei leifsdottir leifsson leigh leino leinonen leitao leite
leites leitgeb leitner leiva leivas lejeune leka lekaj lekic leko lekovic lema lemaire lemaitre lember lemes
lemke lemmens lemoine lemos lemus lena lenaerts lencina lendvai leng lengauer lengyel lennartsson lennon
lenoir lentz lenz leo leon leonard leonardi leonardo leonavicius leone leong leoni leow lepik lepisto lepp
leppanen leppik lerato leroux leroy lervik lesage lescano lesjak leskinen leskovar lesmana lesniak lestari
leszczynska leszczynski letelier leth letsoalo lettner leu leuenberger leung lev levai levak levente leveque
levesque levi levin levy lew lewandowska lewandowski lewis leyder leys leysen leyton leyva lezcano lia lian
liang liao liau liaw libert licina lid liden lidstrom lie liechti liem lien lietuva lievens liew lighting
liguori liimatainen liis liiv liiva liivak liivamagi lija lika likar liland lili lilja lill lilla lille
lillemets lillo lily lim lima limani limbu lin lina linares linas lind linda lindahl lindberg lindblad
lindblom linde lindegaard lindell lindemann linden linder lindfors lindgren lindh lindhardt lindholm lindkvist
lindmark lindner lindquist lindqvist lindroos lindskog lindstrom lindvall line ling linhares linhart
linhartova link linke linna lino lins linster liong liou lipinska lipp lippens lippert lipponen lira lis
lisauskas lisboa lisica liska liskova little liu liukkonen liwanag liza lizama lizana lizarraga ljubic
ljubicic ljung ljungberg ljunggren ljungqvist llanes llanos llerena lleshi lloyd loaiza loayza lobo lobos
locatelli locher loco locsin lodhi loffler lofgren loftsson logar loh lohar lohmann lohmus lohne loi loit lok
loka lokaj loke lokita lola lolo lombard lombardi lombardo loncar loncaric london londono long longo loo loong
lopera lopes lopez lorang lorca lorente lorentzen lorenz lorenzen lorenzo lorincz lorusso losch loshi lotfi
lotfy lou louati louhichi louie louis louise loukas loulou loureiro lourenco louro louw lovas lovasz love
loveth lovgren lovric low lowe loy loyola lozada lozano luan luang lubbers lubis lubisi luc luca lucas lucena
lucero lucia luciani luciano lucic lucky ludovicy luduena ludvigsen ludwig lueng luger lugo luht lui luigi
luik luis luisi luiz luiza lujan luk lukacs lukas lukauskas lukes lukesova lukhele lukic lukito lukk lukman
lukmanto lukoseviciene lukosevicius lukoseviciute lukosius lukovic lum lumi lumiste lun luna lund lundberg
lundblad lunde lundell lundgaard lundgren lundh lundin lundkvist lundmark lundquist lundqvist lundsgaard
lundstrom lung luo luoma luongo luoto lupo luque lurdes luscher lushaj lushtaku lutgen luthi luthuli lutovac
luts lutz luukkonen lux luxembourg luyckx luyten luz luzardo lwardi lwidadi lwin lye lyhne lykke lyn lynch
lynge lyngstad lynn lyons lystad lyu løken løkken løland maake maalaoui maas maasik maatta mabasa mabaso
mabena mabrouk mabrouki mabunda mabuza mac macapagal macaraeg macatangay macdonald macedo macek mach machaca
machacek machackova machado machida machin machinery machova macias maciejewska maciejewski maciel macijauskas
maciulis mackay mackenzie mackevicius mackeviciute mackova mackowiak maclean macleod madani madarasz madden
madeira madej mader madi madiun madlala madonsela madriaga madrid madride madridi madrigal madruga madsen madu
maduna madureira mae maeda maekawa maeng maenpaa maeots maertens maes maesalu mafra magagula magaji magalhaes
magallanes magana magar magat magbanua magdic magdy maged maggi maggie maggio magi magnaye magno magnusdottir
magnussen magnusson magomedov magomedova magpantay magsino magtibay magubane maguire magwaza magyar mah
mahajan mahanta maharaj maharani mahato mahbola mahboul mahboula mahdi mahecha mahendra maher mahesh
maheshwari mahi mahieu mahinay mahjoub mahlaba mahlangu mahmod mahmood mahmoud mahmoudi mahmud mahmuti mahon
mahony mahto mai maia maidana maier maierhofer maillard maimon mair maity maj majauskas majcen majchrzak
majeed majer majerova majerus majewska majewski majhi majic majid majola major majoros majstorovic mak makai
makarov makarova makassar makela makhanya makhoba makhubela maki makinen makino makkonen makmur makni makolli
makowska makowski makri makris maksimov maksimova maksimovic maksuti makwana mala malabanan malaj malak
malakauskas malatji maldonado male malec malek maleka malenica malheiro malhi malhotra mali malik malika
malinao malinauskas malinen malinga malinowska malinowski maliqi malka malki malkova mallari mallet mallick
mallik malm malmberg malmgren malmqvist malmstrom maloku malone maloney malouka malul maluleka maluleke
malviya maly mamabolo mamaha maman mamani mamaril mamat mamdouh mamedov mami mamic mamun man manabat manahan
manai manal manalang manalastas manalo manana manansala manar manca mancilla mancini mancuso mand mandal
manders manderscheid mandic mandiri mandl mandy mane maneiro manfredi mangan mangat mangen mangubat mani manik
manikandan manila manju manlangit manlapaz mann manna mannai mannan mannes mannik manninen manning mannion
manniste mannisto manoel manoj manojlovic manolis manolov manolova manos manou manrique manriquez manser
mansilla mansor mansour mansouri mansson mansuri mantas mantilla mantovani mantyla manuel manufacturer
manurung manya manzano manzini manzo mao maor maphanga maphosa maphumulo mar mara marais maram marambio
maranan maras marasigan maraval marc marcelino marcelo marchal marchand marchant marchese marchetti marchi
marciniak marcinkevicius marco marcos marcussen marczak mardiani mardones marek mares maresova margarida
margaritis margeirsson mari maria mariani marianna mariano maric marichal maricic marie mariem marien marija
marijanovic marin marinelli marinho marini marinic marinkovic marino marinos marinov marinova marinovic mario
marion maripuu marjanovic mark markakis markevicius markiewicz markkanen marklund marko markopoulos markou
markov markova markovic markowska markowski marku markus markussen marlina marnach maroc marolt marotta
marovic marozas marpaung marquardt marques marquez marra marrakech marrero marsh marshall marszałek marta
marteinsdottir marteinsson martel martens martensson marthinsen marti martiani martic martikainen martin
martina martinaitis martinek martinelli martines martinez martinho martini martinkova martinkus martino
martinovic martins martinsen martinson martinsson martinussen martirena marton martono martos marttila
marttinen marty marulanda marusic maruyama marwa marwan marwen marx mary maryam maryol maryoul maryoula
maryouma marzan marzec marzougui marzouki mas masaki masango mascarenhas masdottir masek maseko masemola
mashaba mashego mashele masi masilela masinga masiulis maskova masmoudi mason masondo masood masri massa
massaro massart massimo masson massoudi masterson masud masuda masuku mat mata matamala matanovic matas mate
matejka matejkova mateo mateos mateus mathe mathebula matheus mathew mathiasen mathiesen mathieu mathis
mathisen mathlouthi mathonsi mathys matias matic matijevic matikainen matilainen matkovic matlala matlou matos
matosevic matousek matouskova matovic matsubara matsuda matsui matsumoto matsumura matsunaga matsuo matsuoka
matsushita matsuura matsuyama matsuzaki matthaios matthew matthews matthiasdottir matthiasson matthiesen
matthys mattila mattos mattsson matulis maturana matus matusiak matvejeva matyas matysiak mau maulana maureira
maurer maurice mauro maurya maus mavridis mavuso mawar maxhuni maya mayer mayerhofer mayr mayrhofer mayta
mayumi mazeika mazeikaite mazeikiene mazibuko mazlan mazrekaj mazreku mazur mazurek mazurkiewicz mazza małek
mbali mbambo mbanjwa mbarek mbarki mbatha mbele mbhele mca mccabe mccann mccarthy mccormack mcdermott mcdonagh
mcdonald mcdonnell mcevoy mcgee mcgovern mcgowan mcgrath mcguinness mchugh mchunu mckay mckenna mckenzie
mclaughlin mclean mcleod mcloughlin mcmahon mcmanus mcnally mcnamara mdlalose mdletshe mdluli mebarki
mechergui med meddeb medeiros medenica medero mederos medhat medic medina medinger medjedovic medo medrano
medved medvedeva meehan meena meert mees meeus megyeri meha mehar mehdi meher mehmed mehmedov mehmedova mehmet
mehmetaj mehmeti mehmood mehovic mehra mehta mei meier meijer meijers meir meira meireles meis meister meixner
meißner mejia mejri mekni melamed meland melander melati melby melchior meldgaard mele melendez melgarejo
melin melinda melis melki mella mellado mello melnikov melnikova melo meloni mema memaj memet mena menard
mendes mendez mendieta mendiola mendonca mendoza mendy menendez meneses menezes meng menon mentari menzel
merah mercado mercan mercier merckx mercy mergen meriem merilainen merindu merino merkt merlo mero mersch mert
mertens mery merz mesa meshram mesic meskauskas mesquita messaoudi messerli messias messina messner mester
mestre mestrovic meszaros metaj metaxas metin metodiev metodieva mets mettler metzler meunier mey meyer meyers
meza mezei mezni mezo mhadhbi mhamdi mhamed mhlanga mhlongo mia miah miao miceli michael michaeli michaelsen
michail michailidis michailidou michal michalak michalek michalik michalkova michalopoulos michalopoulou
michalska michalski michaud michaux micheal michel michele michelle michels michelsen michiels micic
mickeviciene mickevicius mickus micucci middleton mido midou mie mielczarek mieres miettinen miftari miguel
miha mihailov mihailova mihailovic mihajlovic mihalic mihaljevic mihaly mihaylov mihaylova mihee mihhailov
mihhailova mihov mihyang mijailovic mijares mijatovic mijic mijovic mika mikalauskas mikalauskiene mikalsen
mikami mike mikelionis miki mikic mikk mikkelsen mikkola mikkonen miklos mikołajczak mikołajczyk mikulic
mikyung milacic miladinovic milan milani milano milanov milanova milanovic milas milenkovic miles miletic
milev mileva milewska miliauskas milic milicevic milinkovic milivojevic miljkovic milkovic millan millar
miller millet mills milojevic milojkovic milos milosavljevic milosevic miloud milovanovic milovic milutinovic
mima mimi mimo mimou min mina minami minaya minchev mincheva mindaugas minder ming minhas minic minkov minkova
mino minocha minou minoucha mir mira miraballes miranda mirchev mircheva mireles mirkovic mironova mirza
mishra misic misini misiunas miskinis miskovic missaoui mistry misuk mitchell mitev miteva mitic mitkov
mitkova mitov mitova mitrovic mitt mittal miu miura miwa miya miyagi miyake miyamoto miyashiro miyashita
miyata miyazaki miyoshi mizrachi mizrahi mizuno mizutani mkalcha mkhabela mkhize mkhonza mkhwanazi mks
mladenov mladenova mladenovic mlakar mlambo mlangeni mlinaric mlotshwa mncube mngadi mngomezulu mnguni mnisi
moberg mochizuki mockus mocnik modi modiba modise modric mody moe moeketsi moen moens moerman moes moez
mofokeng mogale mogensen moh moha mohale mohamad mohamd mohamed mohammad mohammadi mohammed mohamud mohan
mohanty mohapatra mohapi mohd mohlala mohmad mohmed mohr mohsen moilanen moisio moita mojica mok mokhtar
mokhtari mokoena mokone mokwena mol molano molder molefe molenaar molin molina molinari molitor molla moller
molloy molnar moloi moloney moloto momin momo momoh mon monaco monaghan moncada mondaca mondal mondragon
monika monir moniz monney monnier mononen monroy monsalve monsen montalvo montanari montano montecinos
montefalco monteiro montemayor montenegro montero montes monti montiel montoya monzon moodley moon-gyu moonen
mooney moonhee moons moore moors moorthy moosbrugger mor mora morad moraes moraga morais moraitis morales
moran moravcova moravec moreau moreira morel morelli moreno moretti moreyra morgado morgan mori moriarty
morikawa morimoto morin morina morishita morita moriya moriyama mork morkunaite morkunas morkuniene moro
morozov morozova morris morrison morrissey morsy mortensen mortier morton mosa mosca moser moses moshe mosia
moslim mosquera moss mossong mosta mostafa mota motaung motloung motta mottus mouh mouhamed moulin mouna
mounir moura mourad mourao mouratidis mouritsen mourya mousa mousel moussa moussaoui moustafa moutinho moya
moyal moyano moynihan moyo mpanza mphahlele mpho mpofu mrabet mrad mrazek mrazkova mrazova mrdak mroz mrsic
msibi msimango msiza msomi mthembu mthethwa mthimkhulu mthiyane mthombeni mtolo mtshali mtsweni mtz mubarok
muca mucha muda mudau mueller mughal mugosa muhamad muhammad muhammed muharremi muhaxheri muhd muhlbacher
muhonen muhovic muhr mui muja mujevic mukai mukesh mukherjee mulaj mulaudzi mulcahy mulder mulders mulia
mullen muller mullerova mulligan mullins mullner mulya mulyadi mulyana mulyani mulyanto mulyono mumun munch
munda muniandy muniz munk munoz munyai muqa muqaj mura murai murakami muramatsu murat murata murati muratovic
murayama murcia murgia muric murillo muriqi murmu murphy murray murseli murtagh murugan murugesan murumaa musa
musaj musiał musil musilova musliu mustafa mustafov mustafova mustapha musthafa mustofa mustonen muthu mutiara
mutlu muto muur mvelase myeni myeong myers myhre myint myklebust mykonos myllymaki mylonas myoung myrvang
myrvold myung mzoughi mæland mølgaard møller mørch mørk młynarczyk nabi nabil nabila nacer nachev nacional
naciri nada nadeak nadeau nadeem nadia nadir nador nadori naeem naessens naf nafsi nag nagai nagano nagao
nagar nagashima nagata nagel nagl nagy nagyne nahum naicha naicker naidenov naidoo naidu naik naim naima naing
nainggolan nair naito najera naji najib najjar najwa naka nakagawa nakahara nakai nakajima nakamoto nakamura
nakanishi nakano nakao nakashima nakata nakayama nakazawa nam namgung namkyung namsoo nana nani nano nanou
napitupulu napoli napolitano naranjo narayanan narbutas narciso nardi naresh narita narvaez nasa nascimento
naser nash nasir nasiri naskar naslund nasr nasri nasro nassar nasser nassim nassiri nasution natale natasha
nath nathalie nathan natividad natsheh naughton naujokas naumann nava naval navarrete navarro navas naveed
navickaite navickas navickiene navratil navratilova nawal nawawi nawaz nawrocka nawrocki nawrot nayak naydenov
nazif nazir nazri ncube ndaba ndebele ndhlovu ndiaye ndimande ndlela ndlovu ndoj ndou ndubuisi ndwandwe
nedelchev nedelcheva nedeljkovic nedergaard nedovic nefzi negi negri neill neira neji nekic nel nelson nemcova
nemec nemecek nemeckova nemes nemeth nemoto nene nenov nenova neo nepomuceno neres neri nes nesakysiu nesic
ness nesse nesvarbu neto neu neubauer neufeld neuhauser neuhold neumann neuwirth nevala nevalainen neves new
newman newton neyra nezinau neziraj neziri ngai ngan ngcobo ngema ngidi ngo ngobeni ngobese ngomane ngozi
ngubane nguyen ngwane ngwenya nhlapo nian nicholls nicholson nickel nickels nicolaisen nicolas nicole nie
niederberger nielsen niemela niemi niemiec nieminen nien nieto nieuwenhuis nieva nievas nieves nigro niiranen
niit nijenhuis nijhuis nijland nijs nika nikas nikcevic nikic nikiforova nikitin nikitina niklasson nikola
nikolaev nikolaeva nikolaidis nikolaidou nikolaisen nikolajev nikolajeva nikolajsen nikolaou nikolett
nikoletta nikolic nikolli nikolopoulos nikolov nikolova nikos nikou nikqi niksic nikula nilles nilsen nilssen
nilsson nimani nina ning ningrum ningsih nino nip nir nisa nishad nishi nishida nishikawa nishimura nishino
nishio nishioka nishiyama niskanen nissen nissinen nitta niu nizam nizar njoku nkabinde nkambule nkomo nkosi
nkuna nnaji nnamdi noack noble nobre nobrega noda noel noemi noer noesen noguchi nogueira noguera noir nolan
nolasco nolvak nomikos nomm nommik nomura nona nonato nong noonan noor noormets nora norambuena norberg
norbert nord nordahl nordberg nordby nordbø nordgren nordin nordlander nordli nordlund nordqvist nordstrom
nordvik noreika noren norheim noriega norkiene norkus norling norman normann norris norrman norum nosek
noseong noskova nothum nou nouna nour noura nouri nousiainen noussa nova novacek novackova novaes novais novak
novakova novakovic novi novikov novikova novita novoa novosel novotna novotny novovic novy nowacka nowacki
nowaczyk nowak nowakowska nowakowski nowicka nowicki nozaki nrecaj ntombela ntshangase ntuli nugent nugraha
nugroho nuhu nunes nunez nuno nur nuraida nurdin nurhayati nurjanah nurk nurkovic nurmi nurminen nurmsalu
nurul nussbaumer nuutinen nuyts nwachukwu nwafor nwankwo nweke nwosu nxumalo nyari nyathi nyberg nyborg
nygaard nygard nygren nyhus nykanen nyland nylander nylund nyman nymoen nys nystrom nzama nzimande nzuza næss
nørgaard nørregaard obando obasi oberg oberweis obi obinna oblak obradovic obrien ocak ocallaghan ocampo
ocasey ochoa oconnell oconnor oda oddsdottir oddsson odeh odermatt odgaard odonnell odonoghue odonovan
odriscoll odwyer oei oestreicher oey ofner ogasawara ogata ogawa ogbonna ogorman ogrady ogura oguz ohalloran
ohana ohara ohashi ohayon ohlsson ohman ohno ohta oikarinen oikawa oikonomou oinonen oishi oja ojala ojanen
ojeda ojha ojo oka okabe okada okafor okamoto okamura okawa okazaki oke okechukwu okeeffe okeke oki okoh okoli
okon okonkwo okorie okoro okoye oks oksanen oksuz oktaria oktavia oktay okubo okuda okumura okur okuyama ola
olabisi oladele oladimeji oladottir olafsdottir olafsen olafsson olah olaitan olajide olalekan olamide
olamilekan olaniyi olanrewaju olason olatunde olatunji olaussen olausson olave olawale olaya olayemi olayinka
olayiwola oleary olejniczak olejnik olen olesen olguin olinger oliva olivares olivas oliveira oliver olivera
oliveros olivier olivieri ollikainen ollila ollivier ollshop olmedo olmez olmos olofsson oloughlin olsen
olshoppe olson olsson olstad olszewska olszewski oluchi olusegun olusola oluwafemi oluwakemi oluwaseun
oluwatosin oluwatoyin olvera omahony omalley omar omari omarsdottir omarsson omeara omer omerovic omolara
omori omotayo omrani omri onal onder oneill oner ong oni onishi ono ontiveros onuoha onyebuchi onyeka ooi
oomen ooms oosthuizen opara opazo opeyemi opheim opsahl oral oran oraon oras orav orban ordenes ordonez ore
oregan oreilly orellana orellano oren oreskovic orhan origer oriordan orji orjuela orlandi orlando orlov
orlova orn ornelas orosz orourke orozco orsolya orsos ortega ortiz ortner oruc orłowska osama osawa osborne
oscarsson oshea oshima oshiro osk oskarsdottir oskarsson osman osmanaj osmani osmanovic osorio ospina ospino
osses ostberg osterberg ostlund ostman ostojic ostrowska ostrowski osullivan osuna oswald ota otani otero
othman othmani otman otoole ots otsuka ott otten ottesen otto ottosen ottosson oueslati oujda oujdi oun
ounapuu ouni oussama ouyang ovadia ovalle ovejero overgaard ovesen oviedo owczarek owen owens owolabi oyama
oyarce oyarzo oyarzun ozaki ozawa ozbek ozcan ozcelik ozdemir ozden ozel ozen ozer ozgur ozkan ozkaya ozmen
ozsoy ozturk paakkonen paananen paap paas paat paavola pabon pacarizi pace pacheco padilha padilla padua paek
paes paez pagaduan pagani pagano page pai paijah paijem paijo pais paiva paixao pajak pajaziti pajic pajovic
paju pajunen pak pakarinen pal pala palacio palacios palani palavecino palermo palfi palic palinkas pallesen
palm palma palmadottir palmason palmer palmgren palmieri palmiste palmqvist palomaki palomino palsdottir
palsson paluch palumbo pamintuan pamungkas pan panagiotidis panagiotidou panagiotis panagiotopoulos
panagiotopoulou panagiotou panagopoulos panagopoulou panayotov panayotova panchal pancho panda panday pandey
pandi pandit panduro pandya panek panes pang pangalila pangan panganiban pangestu panggabean pangilinan panic
panico panjaitan pannu panos panou panova pantazi pantazis pantelic pantic pantoja pantovic panwar pao paolo
pap papa papachristou papadaki papadakis papadimitriou papadopoulos papadopoulou papageorgiou papai
papaioannou papakonstantinou papanastasiou papandreou papanikolaou papas papathanasiou papatheodorou
papazoglou papic papp pappa pappalardo pappas pappel paqarizi paquette parada paragas paraiso paras paraskevas
paraskevopoulos pardal pardede pardo paredes parent parente pari parida parihar pariona paris parisi park
parker parkinson parkkinen parlak parmar parmentier parn parna parodi parra parreira parry parsons partanen
partel parts parviainen pasanen pasaribu pascal pascoal pascua pascual pasha pasion paskeviciene paskevicius
paskeviciute pasquale pasquier passos pasten pastor pastore pastorino paswan pasztor pat pataki patel paterson
pathak pathan patidar patience patil patino patk patra patria patricia patricio patrick patrik patron
patterson pattyn pau paucar paul paula paulauskaite paulauskas paulauskiene paulikas paulino paulius paulo
paulsen paulsson pauly paunovic pauwels pavardenis pavel pavelic pavelka pavelkova pavez pavic pavicevic
pavicic pavlic pavlicek pavlickova pavlidis pavlidou pavlik pavlikova pavlin pavlou pavlov pavlova pavlovic
pavon pawar pawlak pawlik pawłowska pawłowski payet payne paz peace pearce pearson pech pechova peci pedersen
pedraza pedreira pedro pedrosa pedroso pedrozo peer peet peeters peev peeva peffer peh pehkonen pehlivan pei
peiffer peixoto peja pejic pejovic peker pekkala pekkarinen pekovic pelayo peled peleg pelkonen pellegrini
pellegrino pelletier peltola peltonen peltoniemi peluso pena penarol penchev pencheva penev peneva peng
pennanen penner pennings pent penttila penttinen pepa pepe pepic pepito perala peralta peraza perdana perdomo
perea pereira perera peres peretz pereyra perez peric perica perisic perkasa perko perkovic permadi permana
perna perovic perret perri perrier perrin perrone perrot perry persaud persson perumal pervan pesce pesek
pesex pesic peskova pesonen pessoa pestana petek peter peters petersen peterson petersson petit petkeviciene
petkevicius petkeviciute petkov petkova petkovic petkus peto petr petra petraitiene petraitis petraityte
petrakis petrauskaite petrauskas petrauskiene petravicius petric petricevic petridis petridou petronis
petropoulos petropoulou petros petrou petrov petrova petrovic petrulis petry pettersen pettersson petursdottir
petursson pevec pfeffer pfeifer pfeiffer pfister phakathi pham phang phelan philip philipp philippe philips
philipsen phillips phiri phoebe phua piao piasecka piasecki piatek piazza picard piccolo pichler pichon
piedade piedrahita pienaar pierre pierret pieters pieterse pietersen pietila pietras pietrzak pietrzyk piette
pig pihl pihlak piho piir piirainen pikk pilapil pilgaard pillai pillay pilt pilz pimenta pimentel pina pineau
pineda pinedo pineiro pineyro ping pinheiro pinho pinilla pinna pino pintado pintar pintaric pinter pinto
pintos pinzon piotrowska piotrowski pipiras piras pirc pires pirez pirinen piriz pirker piron pisani pisano
pita pitkanen pittet pius pizarro pjl plaatjies plank plattner platzer plaza pleimling pletschette pllana
ploom pluta png poblete pociene pocius pociute poder podgorica poh pohan pohjola pohl poirier pokorna pokorny
pol polak polakova polaskova polat pold poldma polgar poli policarpio politi politis poljak pollet pollu polo
polyak poma ponce poncelet pong ponorogo pons ponte pontes poole poom poon poos pop popa popoola popov popova
popovic poppe porat porcu porley pormosa porras portela porter portia portillo portmann porto portugal posada
posadas posavec posch pose pospisil pospisilova post postma pot potgieter potocnik potter poulain poulsen
poveda povilaitis povlsen powell power poyraz pozo pozzi prabowo prabu prada pradhan prado prajapat prajapati
prakash prakoso pramono pranata pranjic pranoto prasad prasetya prasetyo prata pratama pratiwi pratomo
prayitno prayogo prazeres precious prelevic prendergast prendi prenga presa preston preteni pretorius pretty
prevost prgomet prianto pribadi pribyl pribylova price prieto prifti prince prins prinsloo prinz pritchard
priya priyanto priyono probst prochazka prochazkova proenca proietti prokes prokesova prokop prokopova promise
pronk prpic pruul pruuli pruvost przybylska przybylski przybysz przybyła ptackova ptak pua pucci pucher
puentes pugliese puglisi puhakka puhringer pui puidokas puig puji pukk pule pulgarin pulido pulkkinen puma pun
puno punzalan purba purcell purnama purnomo purohit purwanti purwanto purwati puskaric puskas pusnik puspita
puspitasari pusztai putra putranto putri putry putz puusepp puustinen pyo pyun qasim qelaj qenaj qerimi qian
qiang qiao qin qing qiu qkr qlf qollaku qoqaj qorri qosja quac quah quan quaranta quaresma que queen queiros
queiroz quek quesada quevedo quezada quiambao quigley quijano quinlan quinn quinones quintana quintas quintero
quinteros quinto quintus quirke quiroga quiroz quispe quizon qureshi qvist qwabe raab raach raafat raaijmakers
raatikainen raaz rabah rabari rabat rabelo rabha rabinovich rabiu racaj rachid rachidi rachman rachmat
rachmawati raci racz radebe radenkovic radev radeva radevic radi radic radics radivojevic radman radojevic
radojicic radonjic rados radosavljevic radosevic radovanovic radovic radulovic radunovic radwan radzevicius
raes rafael rafi rafik rafiq rafnsson ragab ragauskas ragil ragnarsdottir ragnarsson raguz rahali rahaman
rahamim rahardja rahardjo raharja raharjo rahayu rahbek rahim rahma rahman rahmani rahmat rahmawati rahmouni
rahu rahul rai raicevic raimundo rainer raisanen raj raja rajagukguk rajak rajala rajan rajaoui rajawi rajawia
rajawiya rajbhar rajendran rajesh raji rajic rajkovic rajkumar rajpoot rajpurohit rajput raju rak rakauskas
rakesh rakic rakocevic rakovic ralte ram ramadan ramadani ramadhan ramadhani ramaj ramalho raman ramanauskaite
ramanauskas ramanauskiene ramasamy ramberg ramcilovic ramdedovic ramesh rami ramires ramirez ramli ramljak
ramon ramonas ramos ramovic ramstad ramzan ramzi rana rand randazzo randhawa randjelovic randma randmaa
randoja rangel rangelov rangelova rani ranieri ranjan ranjha rankovic ranta rantala rantanen rantau rao raouf
raposo rapti raptis raquel rasanen rasel rashad rashed rasheed rashid rashiti rasic rasim rask rasmussen
rasovic rastavara rastoder rasyid ratajczak rath rathod rathor rathore rathva ratkovic ratna ratsep raty rau
rauch raud raudsepp rauhala rausch rauscher raut rauter rautiainen rautio raval ravi ravn rawat ray rayan
rayen raymond raymundo raz raza razak razali razon rca read real reategui rebai rebane rebelo reber rebhi
rebolledo rebollo recalde rech reckinger recoba recto reda reddy reding redjeb redmond redondo reed rees
reeves refaat regala regalado regan regev regina rego rehak rehakova rehman rei reich reichert reichl
reichling reid reidy reiffers reilly reimann reimer reina reinders reindl reinert reinertsen reinhardt
reinikainen reinoso reis reiser reisinger reitan reiter reiterer reka rekik remeika remy ren renard renata
renaud renault renders rendon rengifo renner renteria reog repo resch resende resendiz reshani restrepo
resurreccion retamal reuland reuter reuven revesz revilla rexha rexhaj rexhepi rey reyes reyna reynaud
reynders reynisdottir reynisson reynolds reynoso rezai rezende rezgui reznickova rhee rhie rhimi rhodes rhouma
riad riahi riano riascos riawan riaz ribas ribeiro ribero ricafort ricardo riccardi ricci ricciardi riccio
rice richard richards richardson richartz richter richterova ricky rico rida ridha ridwan ridzuan riedel
rieder riedl rieger riegler ries rieser rietveld rif riffo rifi rifiya rigas rigo riha rihova riihimaki
riikonen riis riise rikharðsdottir rikhotso riley rim rimkiene rimkus rimkute rinaldi rincon rindu ringstad
rini rinne rintala riordan rios rippinger riquelme risch risku risnes rissanen risso ristic rita ritter rius
riva rivarola rivas rivera rivero riveros riviere riyadi riyanti riyanto rizal rizki rizky rizos rizou rizwan
rizzi rizzo rla roa robaina robert roberta roberto roberts robertsdottir robertsen robertson robertsson robin
robinson robledo robles robson roca rocca rocco rocha rochat rochdi roche rock rodrigez rodrigo rodrigues
rodriguez roelandt roelofs roels rofix rogala roganovic roger rogers rogic rogne rognvaldsdottir rognvaldsson
rohde rohit rohner rohrer rohtla rojas rojo roland roldan rolland rollinger rolo rolon roma romain roman
romano romanova romao romdhani romeo romero rommes romo ron roncevic ronen rong ronkainen ronkko ronquillo
rooney roos roosi roosileht roots roque ros rosa rosado rosal rosales rosano rosario rosas rosati rose rosen
rosenberg rosendahl rosendal rosengren rosenkilde rosero rosic roslan rosli roso ross rossetti rossi rossier
rossini rosso rossouw rota roth rothe rothlisberger rouissi rourou rousseau roussel roussos roussou rout roux
rowe roxas roy royer rozen rozic rozman rozo rozsa rrahmani rrustemi ruan rubel rubiano rubilar rubin rubino
rubio ruci rudi rudolph rudys rueda ruegg rufino ruggeri ruggiero rui ruiter ruivo ruiz rukavina rumjantseva
run runarsdottir runarsson ruohonen ruotsalainen rupnik ruppert rusev ruseva rushiti rusli russell russo
rustad ruth rutkauskas rutkowska rutkowski rutten ruud ruus ruuskanen ruutel ruzic ruzicka ruzickova ryan
ryang rybak rydberg ryden rygh ryoo ryser rytkonen rytter ryu ryynanen rzepka rød røed rømer rønning rønningen
rørvik saab saad saadaoui saadi saar saare saarela saari saarinen saastamoinen saavedra sabado sabag
sabaliauskas saban sabbah saber sabic sabino sabir sabljak sabo sabotic sabri sabry sac sacco sacko sadauskas
sadek sadik sadikaj sadiku sadiq sadowska sadowski sadriu saed saeed saenz saez safadi safae safi safitri
safwat sagar sagen sagi saglam sagun sah saha sahan sahani sahara sahbani saheed sahil sahin sahitaj sahiti
sahli sahlin sahni sahoo sahota sahraoui sahrawi sahu sai said saida saidani saidi saidu saied saif saifi
saiful saikia sailer sain saini sainio saito sajid sajjad sakaguchi sakai sakalauskaite sakalauskas
sakalauskiene sakamoto sakata sakellariou sakr saks sakthi sakti sakuma sakura sakurai sala salah salam salama
salamanca salameh salami salamon salas salazar salcedo saldana saldanha saldarriaga saleem saleh salem salerno
sales salgado salgueiro salhi sali salihaj salihi salihu salim salinas salisu salju sallahu sallai sallauka
salleh salles sallinen salling salma salman salmela salmi salminen salo salomaa salomonsson salonen salonga
salopek salsabila salto salumets saluste salvador salvatierra salvatore salvesen salzmann sam samad samal
samanta samara samaras samardzic sambo sameer sameh samer sami samir samira samonte sampaio samson samsudin
samudra samuel samuelsen samuelsson samy samyn san sana sanabria sanae sanches sanchez sancho sand sandberg
sande sandell sander sanders sandgren sandhu sandin sandnes sandor sandoval sandra sandstrom sandvik sandy
sanfilippo sang sangalang sanggu sangha sanghun sangma sangmin sangsik sanguinetti sangyoon sanhueza sani
sanjay sanjaya sanju sankar sanlı sanna sanni sano santa santamaria santana santander santi santiago
santibanez santillan santini santo santoro santos santosa santosh santoso santtos sanusi sanz saoudi sapir
sapkota saputra saputri saputro sara saragih sarah saraiva saramati sarap sarapik sarapuu saravanan saravia
sardar sardinha sari saric sarita sarkar sarker sarkozi sarma sarmiento saroj saroura sarri sarris sartori
sarv sarwar sary sarı sarıkaya sasaki sasongko sasou sassi sasson sassou sastre sathish sato satou satria
satrio sattar sattler sauber saucedo saud sauer saulius saunders sauvage savas savic savickas savickiene
savolainen savov savova savvidis savvidou saw sawada sawant sawicka sawicki saxena sayago sayari sayed sayson
sayyed sba sbai scanlon scekic scepanovic schaack schaap schachner schaefer schaeffer schafer schaffer
schaffner schaller schanen schank schar scharer schartz schatz schaub schauer schaul schaus scheepers scheer
scheffen scheffer scheiber scheidegger schellekens schenk schepens schepers scherer scherrer scheuer scheving
schiavone schilder schiller schilling schiltz schindler schintgen schipper schippers schlager schlegel
schleich schlesser schlim schloesser schlogl schluter schmid schmidt schmied schmit schmitt schmitz schmutz
schneeberger schneider schnyder schober schoch schoeman schoenmakers scholer scholten scholtes scholz schon
schonenberger schons schopf schou schouten schramm schranz schreiber schreiner schreuder schreurs schroder
schroeder schroter schrøder schubert schuh schuler schuller schulte schultz schulz schulze schumacher schumann
schummer schupbach schuster schut schutte schutz schuurman schwab schwaiger schwartz schwarz schweich
schweiger schweighofer schweizer scognamiglio scott scully sdiri seabra seah sebestova sebestyen sebok sediva
sedlacek sedlackova sedlak sedlakova seebacher seet seferi segal segers segev segovia seguel segun segura
sehli seid seidel seidl seifert seil seiler seitz seixas sejdiu sekar seker sekh sekhon seki sekiguchi sekine
sekulic sela selepe selim selimaj selimi sellami sellanes sello selmanaj selmani selmi selva selvam selvan
sembiring semedo seminario semjonov semjonova sen sena sener seng sengul senja senn senol senthil sentosa
senturk seo seok seol seong seoung seow sepp seppa seppala seppanen septiano sepulveda sequeira serafim
serafin serafini seres serge sergejev sergejeva sergio serif serna serra serrano sert sertic sertolli servais
sethi setia setiabudi setiadi setiawan setiawati setif setiono seto setya setyawan setyowati seun seungjin
seungmin sevcik sevcikova seven sever severo sevilla sevim sevinc sexton seyer seyler sezer sezgin sghaier
sghir sha shaaban shaari shabalala shaban shabanaj shabangu shabani shafi shafie shafiq shah shahar shahbaz
shaheen shahid shahzad shaik shaikh shajoong shakaj shaked shakeel shaker shakya shala shalaby shalev shalom
sham shamim shamir shan shanahan shandu shang shange shangguan shanghai shani shankar shannon shao shapira
shaqiri sharabi shareef sharif sharii sharma sharon sharp shatri shaul shaw shawky shawn sheehan sheehy shehaj
shehata shehu sheikh shek shekh shelly shemesh shen sheng shenzhen shepherd sheridan sherif sherifi sherry
shetty sheu sheung shezi shi shiao shiau shibata shibuya shie shieh shih shili shim shima shimabukuro shimada
shimizu shin shinde shing shinohara shinta shirai shiraishi shirley shitrit shittu shiu shiva shkembi shlomo
shmuel shoji shongwe shopov shopova shou shrestha shu shuai shuaibu shui shukla shum shun shyu sia siagian
siahaan siauce sibanda sibanyoni sibarani sibeko sibisi sibiya sibul siddique siddiqui sideri sideris sidharta
sidhu sidibe sidik sidiropoulos sidiropoulou sidlauskas sidorenko sie sieber siebert siegenthaler siegl
siegrist sienkiewicz sierra siew sifuentes sigfusdottir sigfusson sigit sigmarsson sigmundsdottir sigmundsson
sigrist sigurbjornsdottir sigurbjornsson sigurdardottir sigurdsson sigurgeirsdottir sigurgeirsson
sigurjonsdottir sigurjonsson sigurðardottir sigurðarson sigurðsson sigþorsson siham sihombing siilva siim
siirak sijaric sikder sikk sikora sikorska sikorski silalahi sild silitonga sillanpaa sillaste sillva silm
silva silveira silvennoinen silvera silvestre silvestri silvia sim sima simamora simangunsong simanjuntak
simao simard simatupang simbolon simek simelane simensen simeonidis simeonov simeonova simic simkiene simkova
simkus simkute simmons simo simoes simola simon simone simonen simonetti simonovic simons simonsen simonsson
simova simovic simpson simsek simunic simunovic sin sinaga sinani sinanovic sinclair sindelar sindelarova sing
singapore singer singgih singh singha singson sinha sinkevicius sinkeviciute sinner sinnott sinta siow sipho
sipila sipos siqueira sirait siregar sirel sirin sirvio sisi sison sissoko siswanto sit sitanggang sitepu
sithole siti sitohang sitompul sitorus situ situmorang siu siva sivertsen siwar siwek sjoberg sjoblom sjodin
sjogren sjoholm sjolander sjolin sjolund sjostedt sjostrand sjostrom skaar skaarup skar skarpheðinsdottir
skaug skeie skender skenderovic skhosana ski skiba skikda skinner skjæveland skogen skoglund skok skold skoog
skosana skou skov skovgaard skowron skrijelj skriver skrzypczak skrzypek skuladottir skulason sky skytte skøtt
sladkova slama slamet slater slattery slavchev slavcheva slavik slavikova slavinskas slavov slavova slawi
sletten slim slimani slimen slimi sliti sliwa slot sloth smail smajli smarason smari smart smedegaard smeets
smet smetana smets smid smida smidova smidt smirnov smirnova smit smith smits smolcic smulders smyth snel
snellman sng snijder snijders snoek snorradottir snorrason snyman soares sobczak sobczyk sobhy sobral sobrinho
soca socha socorro soderberg soderholm soderlund soderman soderqvist soderstrom soe soeiro soesanto sofer
sofia sofiane sofyan soh sohail sohel sohn soini soininen sokk sokoli sokolova sokołowska sokołowski sol solak
solanki solano solarte solbakken solberg soldo soledad soleh solem soler solhaug solheim soliman solis solli
solmaz solo solomon solomons solovjov solovjova soltani soltesz solvang somers sommer somogyi sonawane song
soni sonja sonmez sonne sonnleitner sonoda sonu soo soojin soon soong soos soosaar soot soots sopa sopaj soren
sorensen soria soriano sorokin sorokina sorrentino sosa sosnowska soso sostaric sotelo sotiriou sotiropoulos
sotiropoulou soto sotto sou souad soucek souckova soufiane souissi soukup soukupova souma sousa sousou souto
souza sow sowa soydan soydere soylu spacek spackova spada spahija spahiu spanos spanou spasic spasojevic
spasov spasova spehar spencer spina spinelli spitzer spoljar spoljaric spyropoulos spyropoulou spyrou sramek
sramkova sri srivastava sroka staal stachowiak stack stadelmann stadler stafford stahl stalder stam stamatiou
stamatis stamenkovic stamou stanaitis stanchev stancheva stanczyk standal stanek stanev staneva stanevicius
stangeland stangl stanic stanisavljevic stanisic stankevic stankeviciene stankevicius stankeviciute
stankiewicz stankov stankova stankovic stankus stanley stanojevic stapleton stara starcevic stark stasiak
stastna stastny stathis stathopoulos stathopoulou staub staudt stauffer stavropoulos stavropoulou stavrou stec
steele steen steenbergen steenkamp stefan stefanac stefaniak stefanidis stefanidou stefano stefanou stefanov
stefanova stefanovic stefansdottir stefansson steffen steffensen steger stehlik stehlikova steichen steiger
steil stein steinarsdottir steinarsson steinberger steindl steiner steingrimsdottir steingrimsson steininger
steinkellner steinmann steinmetz steinsson steinwender steinþorsdottir steinþorsson stejskal stejskalova
stelios stella stelmach stelmes stemper stenberg stene stenersen stensland stensrud stepan stepanek stepankova
stepanov stepanova stepanovic stephan stephen stephens stephenson stepien steponavicius sterbova sterckx
stergiou stern stettler steurer stevanovic steven stevens stevenson stevic stewart steyn sthole stimac stipic
stocker stockinger stockl stocklausen stockli stoev stoeva stoffel stoger stoianov stoianova stoilov stoilova
stojadinovic stojanovic stojiljkovic stojkovic stokes stokholm stokke stolk stoll stoltz stone stonkus stonys
stoqnov stoqnova storgaard storm stosic stoyanov stoyanova stoychev stoycheva stoykova straka strakova strand
strandberg stranska strasser strauss streff strnad strnadova strobl strom stromberg strotz strydom strzelczyk
strøm strømme strømmen stucki studer sturm stutz suarez suazo subang subramaniam subramanian sucha suchankova
suchy suci sucic sucipto suda sudo sudrajat sue suen sugao sugawara sugianto sugiarto sugiharto sugimoto
sugiono sugiura sugiyama suhaimi suhartono suherman suhonen sui suka suki sukys sukyte sula sulaeman sulaiman
sulaj sulastri sulc sulca sulcova sule suleiman sulejmani suleman suleyman sulg suliman sulistyo sulit
sullivan sultan sulung sum suman sumantri sumardi sumon sun sunardi sunarto sunaryo sund sundal sundari
sundberg sundby sunde sundin sundqvist sundstrom sung sunga sungduk sungjin sungki sungsoo sungtae sunil sunim
sunny suo suomalainen suomi suominen supardi suppan suprapto supriadi supriyadi supriyanto surabaya suresh
surnaniningsih surya suryadi suryana suryani suryanto susanti susanto susanty susie susilo susilowati susuri
sutanto sutedja sutedjo suter suthar sutherland sutikno sutkus suto sutrisno sutt sutter sutton suur suvi
suwandi suwardi suwito suyanto suzuki svahn svanberg svane svansdottir svansson svarc svarcova svard
svavarsdottir svavarsson svec svecova svedberg sveen sveinbjornsdottir sveinbjornsson sveinsdottir sveinsson
sven svendsen svenningsen svensen svensson sverrisdottir sverrisson svoboda svobodova swain swami swanepoel
swart swarts swartz sweeney swiatek swinburne swinkels swinnen swisa swiss syachroni syafiq syafiqah syafitri
syah syahputra syarif syazwan syed sykora sykorova syla sylaj sylejmani sylla sylvie syrjala syu syun syversen
syvertsen szabados szabo szabolcs szabone szakacs szalai szalay szanto szarka szarvas szasz szatmari
szczepaniak szczepanik szczepanska szczepanski szczygieł sze szegedi szekely szekeres szep szeto szewczyk
szigeti szilagyi szilvia szoke szollosi szostak szucs szulc szymanska szymanski szymczak szymczyk sæbø
sæmundsdottir sæmundsson sæther sætre sævarsdottir sævarsson søgaard søndergaard sørensen sørli sørlie sørum
søvik słowik taal tabaku tabares tabarez tabeira taborda tack tada tadic taeok tafa tafur tagle taguchi taha
tahai tahar taher tahfouna tahir tahiraj tahiri tahri taht tai taichung taipale taipe taipei taira taiwan
taiwo tajima tak taka takacs takada takagi takahashi takala takano takashi takashima takata takayama takeda
takei takemoto takeuchi takizawa tal talaat talbi taleb talib tallinn talts talukdar tam tamang tamas
tamasauskas tamayo tamberg tambunan tamer tamil tamimi tamir tamm tamme tammik tamminen tammiste tamosiunas
tampubolon tamulis tamura tan tanabe tanaka tandberg tanev taneva tang tangen tanger tanghe tanguy tanha tani
taniguchi tanjawi tanjawiya tanjung tanner tanskanen tanuwijaya tanwar tanzil tao tapia tapio tar taraji
tarantino tarar tarazona tarek tarigan tarik tariq tarvainen tas tasane tasdemir tashiro tasi tasic taskinen
taskın taslim tat tau taufik taufiq tavares tawfik tay tayag tayeb taylor taza tazi tebogo techera tecson
teder tedesco tedja tee teesalu teguh teh teigen teixeira tejada tejeira tejera tekin tekle telaku teles
tellechea tellez tello temaj tembe temel temitope temiz temmerman tenev teneva teng teo teodoro teoh tepe
terada teras terkelsen terp terpstra terra terrones terry tervo terzic terziev terzieva tesar tesarova tesfay
tesic tessier testa tetik tetouani teunissen teves tevez texeira textile tey tezcan thabang thabet thabethe
thabiso thabo thaci thakkar thakor thakur thaler thaller thalmann tham thamrin thanasis thando thanos thapa
thaqi thein theis theisen theissen themba theodoridis theodoridou theodoropoulos theodoropoulou theodorou
theodorsson therkelsen therkildsen theron theunissen theys thibault thiel thiele thielen thierry thies
thiessen thijs thijssen thill thilmany thind thio thiry thoj tholl thoma thomas thomasen thomassen thommes
thompson thomsen thomson thong thor thorarensen thorbjørnsen thordarson thoren thoresen thorisson thorkildsen
thornton thoroddsen thorpe thorsen thorsteinsson thorstensen thorup thorvaldsen thrane thu thuesen thulin
thull thurner thusi thwala thygesen thys thøgersen tiago tiainen tian tiara tibor ticha tichy ticona tien
tierney tiesiog tiffany tiihonen tiik tiisler tiits tijani tijjani tik tika tikka tikkanen tilk tim timea
timmer timmerman timmermans timmers timofejev timofejeva timonen timothy tin tina tinelli tineo ting tini tio
tiongson tirkkonen titi titiza tito titus tiu tiwari tjahjadi tjahjono tjandra tjhin tjia tjoa tjong tkalec
tladi tlemcen tlili tlm tobar tobin tobing tobler tobon toda todd todorov todorova todorovic toft togatorop
toh toivanen toivola toivonen tok tokic tol tolaba tolaj toledo tolentino tolic tollefsen tolonen toloza
tolstrup tolvanen tom toman tomanova tomar tomas tomasdottir tomasek tomasevic tomasic tomaskova tomasson
tomaszewska tomaszewski tomaz tomazic tomczak tomczyk tome tomic tomicic tominaga tomingas tomita tomlinson
tommy tomov tomova tomovic tomson toncheva tonev toneva tong tonisson tony tools toom toome tooming toomsalu
toor toots topal topalli topcu tope topic toprak torena torfadottir torfason torfs torgersen torma tornqvist
toro torok torp torre torres torrez torstensson tort torun toscano tosic tosin toska tosun tot tota totaj toth
touati toufik touil toumi toure toussaint tovar townsend toyama toyin trabelsi trabelssi trachsel tracy
trajkovic tran traore traustadottir traustason traxler treacy trei treier trejo tremblay trevino trevisan
triana triantafillou triantafyllou trias tricolor trierweiler trifonov trifonova trifunovic triki trindade
trinidad tripathi trivedi trnka trnkova trofimov tromp troncoso troudi trovato trt truelsen trujillo trummer
truong truu tryggvadottir tryggvason tsai tsakiri tsakiris tsang tsao tschanz tse tseng tseung tshabalala
tshepo tshuma tso tsoi tsotetsi tsou tsoukalas tsu tsuchiya tsuda tsui tsuji tsukamoto tsutsumi tsvetanov
tsvetkov tsvetkova tsz tuan tuason tuazon tucker tudu tuisk tuma tumova tun tuna tunc tuncer tunde tung
tunggal tuo tuomi tuominen tuovinen tupas turan turco turek turgeman turgut turhan turi turk turkalj turker
turkmen turkoglu turkova turkovic turner turpeinen tursina turunen tuskan tuul tuulik tvedt tveit tveiten
twala twomey tyagi tyoung tyrrell tzeng tønnessen uab ucar uche uchenna uchida uchiyama uddin udeh udin udo
udoh udras ueda uehara ueland uemura ueno ugochukwu ugur ugwu uhm uibo uibopuu ujvari uka ukaj ullah ulloa
ullrich ulrich ulusoy umali umar umeda umeh umi umoh umpierrez unal unger unlu unnarsson uno unsal unt
unterberger uotila upadhyay uppal urb urbain urban urbanavicius urbanek urbaniak urbankova urbanova urbanska
urbanski urbina urbonaite urbonas urbonavicius urboniene uribe urosevic urra urrego urrutia ursic uruguay uslu
usma usman usmh usta ustun usui utama utami utomo uus uusitalo uustalu uyar uygun uysal uzelac uzoma uzun
uzunov uzunova vaananen vacca vaccaro vacek vackova vad vadasz vaes vage vaghela vaher vahter vahtra
vaicekauskas vaiciulis vaiciunas vaillant vainauskas vainio vaino vaisanen vaishnav vaitkeviciene vaitkevicius
vaitkeviciute vaitkiene vaitkus vaitkute vaj vajda vaknin valadez valaitis valchev valcheva valdebenito
valderrama valdes valdez valdimarsdottir valdimarsson valdivia valdmann vale valencia valenta valente valenti
valentic valentim valentin valentina valentini valentino valentova valenzuela valera valero valge
valgeirsdottir valgeirsson vali valiente valimaki valk valkonen valkov valkova valle vallejo vallejos
valsdottir valsson valtonen valverde vana vanagas vandaele vandamme vandekerckhove vandenberghe vandenbroucke
vandenbussche vandendriessche vandeputte vanderheyden vanderlinden vanderstraeten vandevelde vandewalle
vanegas vanek vang vangen vanhoutte vanhove vankova vanneste vanova varadi varas varblane vare varela vares
varga vargas varghese variasi varik varis varma varnas varol vartiainen vas vasava vasconcelos vasic vasilaki
vasilakis vasile vasileiadis vasileiou vasilev vasileva vasiliadis vasiliauskaite vasiliauskas vasiliauskiene
vasiliou vasilis vasiljeva vasiljevic vasilopoulos vasquez vass vasseur vassileva vassiljev vassiljeva vatne
vaughan vavra vavrova vayrynen vaz vazquez vdb vedel vedvik veen veenstra veerman vega vegh veiga vel vela
velandia velarde velasco velasquez velazco velazquez veldhuis veldhuizen veldman velev veleva velez veli
velichkov velickovic velikov velikova veliu veliz veljkovic velkov velkova veloso velu venalainen venckus
venegas venema venter ventura venturi venturini vera verano veras verbeeck verbeek verbeke verbist verboven
verbruggen vercammen vercauteren vercruysse verde verdier verdonck verdugo verelst veres veress vergara
verhaegen verhaeghe verhagen verheij verheijen verhelst verheyden verheyen verhoef verhoeven verhulst
verissimo verkerk verlinden verma vermeer vermeersch vermeire vermeiren vermeulen veron veronika verschoor
verschueren versluis versteeg verstraete verstraeten vervoort verweij verzosa vesela veselaj veseli
veselinovic vesely veski vester vestergaard vesterinen viaene viana vicencio vicente vicky victor victoria
vida vidak vidakovic vidal videira videla vidic vidmar vidovic viegas vieira viera viernes vigfusdottir
vigfusson vigh vignisson viira viitala viitanen vijay vijayan vik viken viklund vikstrom viktor viktoria
viktorija vila vilaca vilakazi vilca vilches vilchez vilela vilhelmsen vilhena vilhjalmsdottir vilhjalmsson
vilimas viljanen viljoen vilkas villa villacorta villada villadsen villafane villaflor villafuerte villagra
villalba villalobos villamil villamizar villamor villani villanueva villar villareal villarin villarreal
villarroel villaruel villavicencio villegas villena villumsen vilnius viloria vinagre vincent vincenzo vinci
vincze vind vinicius vinje vink vinkovic vinogradov vinogradova vinther viola virag viray virk virta virtanen
vis visagie vishwakarma visnapuu visockas visscher visser vissers vitale vitali vitek vitiello vitkauskas
vitkova vitkus vitor vitoria vitorino vivanco vivas vivian vivien viðarsdottir viðarsson vlach vlachos vlachou
vladimirov vladimirova vlahovic vlasic vlcek vlckova vlk vlkova voca voci vogel vogiatzis vogl vogt voigt
voisin vojinovic vojvodic vokshi vold volden volf volfova volkov volkova volpe von vondrackova vong vonk
vorobjova voros vorster vos voss vosu vosylius voulgaris voutilainen vovk voß vrana vrancken vranic vranken
vranova vrba vrban vrbova vrdoljak vucetic vucic vucinic vuckovic vujacic vujic vujicic vujosevic vujovic vuk
vukadinovic vukasinovic vukcevic vukelic vukic vukicevic vukoja vukotic vukovic vuksanovic vukusic vuletic
vulic vuorela vuori vuorinen vural vyas vysniauskaite vysniauskas vysniauskiene waage wac wachter wada wael
wagenaar wagener wagh waghmare wagner wah wahab wahbi waheed wahid wahl wahlberg wahlgren wahlstrom wahyu
wahyudi wahyuni wai wakabayashi walch walcher walczak walder waleed walid walker walkowiak wall wallace
wallgren wallin wallner walser walsh walshe walter walters walther walton waluyo wampach wan wang wangi wani
wanto wapita waqas ward warda wardana wardani wardhana wardhani wardi warraich warren waseem washington
wasilewska wasilewski wasiu wassim wat watanabe waters wati watkins watson watts waty wauters wawrzyniak wazir
webb weber webster wechselberger wee wegner wegrzyn wehrli wei weibel weidinger weijers weiland weiler
weinberger weis weiss weiß wellens wells welter wen wendt wendy weng wenger wengler wennberg wenzel weon
werner weslati wesołowska wessels west westberg westby wester westerberg westergaard westerhof westerlund
westh westin westling westlund westman weston westphal westra weydert weyer weyland weyrich wheeler whelan
white whitehead whyte wibawa wiberg wibisono wibowo wicaksono wicki widad widadi widianingsih widjaja widjaya
widmer widodo widya wiebe wieczorek wien wiersma wierzbicka wierzbicki wies wiese wieser wiesinger wiig wiik
wijaya wijayanti wijayanto wijnen wiklund wikstrom wilczek wild wilhelm wilhelmsen wilhelmsson wilk wilke
wilkinson willems willemse willemsen willi william williams williamson willian willis willumsen wilmes wilson
wiltgen wimmer win winandy winarto winata winberg wind windisch wing winkel winkler winnie winong wins winther
wirawan wirth wirtz wirz wisdom wisniewska wisniewski witbooi witczak witek witkowska witkowski witt witte
wittmann wittwer wiyono wjs wnuk wohl wojciechowska wojciechowski wojcik wojtas wojtowicz wold wolf wolff
wolny wolska wolski wolter wolters won wong wongso woo woo-yeon wood woods woodward woon wouters wozniak
wright wrobel wroblewska wroblewski wrona wulan wulandari wulff wun wurm wurtz wurzer wuthrich wuyts wydadi
wysocka wysocki wyss włodarczyk xaba xatzi xavier xhafa xhaferi xhema xhemajli xia xian xiang xiao xie ximenes
xin xing xiong xiu xtlv xuan xue xulu xun xyooj yaacob yaakoubi yabut yacine yadav yadi yagi yahaya yahia
yahiaoui yahya yahyaoui yaj yakoubi yakubu yalcin yalcın yalcınkaya yam yamada yamaguchi yamakawa yamamoto
yaman yamanaka yamane yamasaki yamashiro yamashita yamauchi yamazaki yambao yan yana yanev yaneva yanez yang
yani yankov yankova yannick yano yanti yanto yao yap yasar yaseen yasin yasmine yasser yassin yassine yassir
yasuda yasui yates yati yau yavuz yazid yazıcı ybanez yee yeh yehezkel yehia yehuda yen yeo yeoh yeom yeon
yeong yeow yepes yesil yeum yeung yew yick yigit yik yildirim yildiz yilmaz yim yin ying yip yiu ylitalo
ylonen ymeri yogi yokota yokoyama yolanda yong yongjun yono yoo yook yoon yordanov yordanova yosef yoshida
yoshihara yoshikawa yoshimoto yoshimura yoshino yoshioka yoshizawa youcef youn younes youness young youngju
younis yousaf yousef yousfi youssef yousuf yoyo yuan yuce yucel yucra yudha yudi yue yueh yuen yueng yuk yuki
yuksel yuli yulia yuliana yulianingsih yulianti yulianto yum yumer yun yung yuni yunita yunus yunusa yupanqui
yusein yusof yusoff yusuf yuwono yves yıldırım yıldız yılmaz zabala zabelaj zabeli zach zack zada zadravec
zafar zagar zagreb zahari zahariev zaharieva zahid zahir zahra zai zaid zaidi zaimi zain zainal zaini
zainuddin zainudin zaitsev zaitseva zajac zajc zajickova zak zakaria zaki zakova zakrzewska zakrzewski zala
zalazar zalewska zalewski zam zama zaman zambrano zamir zamora zamorano zamri zamudio zander zanetti zang
zapanta zapata zapletal zapletalova zaragoza zarate zaremba zaric zarzis zaugg zauner zavala zavaleta zaw
zawada zawadzka zawadzki zbinden zdravkovic zeballos zec zecevic zechner zedan zegarra zehetner zehnder zeimes
zeimet zejnullahu zeka zekaj zekolli zekovic zelenka zelenkova zelic zeller zemaitiene zemaitis zemaityte
zeman zemanova zenelaj zeneli zeng zengin zenner zeong zepeda zeqiraj zeqiri zervas zevallos zezo zha zhai
zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhuang zhuo ziane ziani zidan zidi zieba zied ziegler
zielinska zielinski zijlstra zikhali ziko zilic zilinskaite zilinskas zilinskiene zimmer zimmermann zin zina
zine zineb zingg zino zinou ziołkowska ziołkowski zitha zito zitouni ziv zivanovic zivkovic zizo zizou zlatev
zlateva zoabi zoe zoey zogaj zohar zoltan zondi zondo zong zonneveld zoran zoric zorko zorlu zou zouaoui
zouari zoubi zovko zribi zsofia zsolt zsuzsa zsuzsanna zubair zuber zukauskaite zukauskas zukauskiene zul
zulkarnain zulkifli zulu zuluaga zuma zungu zuniga zuo zupan zupanc zupancic zurcher zurek zurita zva zwaan
zwahlen zwane zwank zwart zwina zych zygmunt zymberi zymeri ægisson ødegaard ødegard øien økland østby
østergaard øverland øyen þor þorarinsdottir þorarinsson þorgeirsdottir þorgeirsson þorhallsdottir þorhallsson
þorisdottir þorisson þorkelsdottir þorkelsson þorleifsdottir þorleifsson þorsdottir þorsson þorsteinsdottir
þorsteinsson þorvaldsdottir þorvaldsson þorðardottir þorðarson þrainsdottir þrainsson þrastardottir þrastarson
đakovic đorđevic đukic đuric đurovic łuczak łukasik
    """.split()
)

ENGLISH_WORDS = frozenset(
    """
aalto aare aaron aas abate abbe abbey abed abel abet abo abraham aby ace ada adam adams ade adelaide aditi
aditya adrian aengus afghan africa aga age agon aide ail ain aire akan akin aku ala alar albee albers albert
alberti albino albion albuquerque alca alcides ale alee alexander alexia alfred alger ali alias aline allen
ally alonso alp altair althea amarillo amber ameer amelia amen america amine amir amon amor amos amsterdam
amundsen ana anas andersen anderson andrew andrews ane anele ang angel angelica angelique angle angus ani anil
anna annaba anne ans ant ante anthony anti antic antonius antony anu ara arab aras archer arda arena arendt
argo ariana aries arjuna armin armstrong arno arnold arroyo artemis arthur arts arum aryan ascension ash
ashkenazi ashton asia asimina ask asmara asp aster astride asuncion athena attila attilio augusta augustine
aura aurora austin austria baas baba babar babu baby bach bag bagger bai bailey baker balder baldwin ball
balsa bam ban bandana bane bang banks bar barany barb barbel barber barcelona bard baric barker barman baron
barrie bart barth baruch basel basia basic basso bata batik batna baum baya bayer bear bearing beat beatrice
beau beauty beck beda bee beer begum behrens bel bell belle bellini ben bench bender benedict benjamin bennett
benni bennie benny bent berg bergman berit berith berk bern bernard bernhardt berry beryl bessemer beta beth
bharat bigot bihari bilge bill billy bin binder bine birch bird biro bishop black blair blake blanc blank
blend blessing blida blok bob bobby bock boer bogus bohme bola bolivar bond bong bonnet bonnie boom boon boone
boot booth borges boric bos bosch bose bourgeois bowie boy boyle bozo bracken brad bradley brady braga brage
bragi brahmi brand brandt brandy brasil braun bravo brecht bren brent breton breuer bridget bright brigid
brink brit brith britt brittany brook brooke brooks brown browne bruce bruckner bruin brunet bruno bruxelles
bryan brynhild bryony buchner buhl bulbul bulgaria bun bung burger burgess burke burns burton busk buster
butch butler butt bye byron cadiz calderon calvin cam campbell camus canada candela candida candy cap capo
capone car carina carlos carmine carol carolina caroline carp carrion carrizo carroll carry carson carter
caruso casanova caspar casper cassandra cassia cassie castor castro cat catalan catherine centurion cervantes
chad chambers chang chapman chara chard chari charity charles charlotte charm chase chavez chaw chen cherry
chester chevalier chew cheyenne chi chichi chico chin china chino chit chou chough chow christen christian
christie christopher chuck chum cia ciao cicero cid circle cissy cisterna clarence clark claro clemens clement
clementine clever cliff clinton clive cloud clover clovis clyde coco cody cola cole colette colic collard
colleen collet collins colombo colon comfort con concepcion concha confidence connolly connors conrad
constance constantina constantine cony cook cooke cooper coppola cora coral corbett cordoba cordova cornet
corona corral corrie cortes cortez costa cote cotter cousin cox crawford creche crispin cristal cro cross
crystal cuba cunningham curt curtis cut cynthia cyprian cyril cyrus czarina czech dace dacha dada dado dag
dagan dahl dahlia daisy dak dal dale dali dallas dalton dam damar damon dana daniel danish dante daphne dardan
dare darling darwin das dash dauphin david davis davy daw dawn dawson day dayan dea dean deb dec decker deep
dekker deli delorme demeter dempsey den denmark denver deny derrick des despoina destiny devi devon dexter
dharma dia diamond diana dias diaz dick dickinson dicky dido dieter dietrich dike dim dimple din dinesen ding
dinka dionysia dirk disa dita diver divine doha doi dolly domingo dominic dominick dominique domino don dona
dong donna doppler dorado dorian doris douglas drew duke duma dumas duncan duo dupe durango durante durga
dvorak dylan earl echo edda eddy eden edgar edison edo eds edward edwards edwin effendi egbert egger egis
eider eira ekman ela elia elijah elisa elizabeth ell elli elver elvis emerald emerson emile emilia emir emmet
emmy ene engels english era erasmus ergo erica erin eris erivan ernst eros ese espana est ester esther eta
eugene eugenia evans eve evers evert ewe ezekiel ezra fab fabian fabiana fahd faisal faith falco falcon fan
fang fanny farina farrell fat fatah fatiha fatihah fatima fatimah fauve favour fay felicia fella feller female
fen ferdinand ferny ferrara ferry fes fiedler field fink finn finnbogadottir fischer fish fisher fitzgerald
fleming fletcher flick flood floor flora florence florin flour ford forest formosa forte fortunate fortune
fosse foster fowler fox franc france franck franco frank franklin frederick freeman french frey freya freyja
freyr friedman frisch frisk frost fuchs fuentes fuller fun funk furlong gab gaba gabby gabor gabriel gad gael
gaia gal galan galicia gallant gandhi ganesh gang gao gar gardner garnier garret gary gaspar gaur gauri gean
gee gehrig geiger gel gem gemma gen gene genesis genet genova genovese gent gentian gentiana gentile george
georgette georgia german geronimo geum gibbs gibson gift gila gilbert gill gillespie gilmer girard gita gitana
given glaser glen glenn glory goethals golan gold goldberg goldman gong goodness gouda grace gracie graf
graham gram gran grant gray greco green greenberg greene greenwood greet gregory griffin grill grimm gris grit
groat gross guan guangzhou guevara gui gulden gull gulyas gun gunnel gunner gur guru gusty gut guy guyot hadj
hadji hahn haifa hair haj haji hajji hakim hale haley hall ham hamilton hammer han handler hang hani hank
hannibal hao happiness happy harding hardy harm harper harris harrison harry harsh hart harte hartley harvey
havel hawkins hayes hazan hazel heart heath heather hebe hector heinz hela held helen helena heller hellman
helve hen henna henry herbert herman hermann hermes hershey hertz hess hesse hickey hide hilbert hill hillary
hin hind hindu hoe hoffmann hogan hole holiday holland hollander holler holly holmes holy homer honey hope
hopkins horace horn horst horta howard howe hua hudson hug hughes hugo hunt hunter husain hussein hutchinson
iago ibrahim ibsen iceland icu ida ideal ido idun iga iglesias iis ike imperial india indra indri inga inge
inger inka innocent inti ion ira irena iris irish irving isaac isabella isaiah ishmael isi islam ismaili
isolde israel israeli iva ivanov ivy iwo jack jackal jackson jacob jacobs jade jaeger jafar jain jakarta
jakobson jam jamaica james jan jansen janus jap jar jasmine jason jasper jaspers jat jati jay jean jefferson
jehad jelly jem jemmy jena jenny jensen jeremiah jerez jericho jerker jerome jerry jespersen jester jesus jet
jewel jiao jihad jimenez jimmy joachim job joel john johnny johnson johnston joke jolly jonah jonathan jones
jong jordan joseph josh joshua joss josue joy joyce juarez jude judith jug jugoslav juju julian jung junior
junker juno justice juvenal kaiser kaki kale kama kami karen kartik kasai kat kaunas kauri kayo keller kelly
kelvin ken kennedy kent kenya kern khan khaya kike kimberley kin kina kine king kirchner kirk kirsch kiss kit
kitty klaipeda klein knight knoll knut kobe kobus koch kohl kola koopmans korea kos kota kraft krebs kris
krishna kriti kroon kruger kuhn kui kuiper kuru kwai kylie labrador lagos laguna lah laid lakshmi lam lama
lamb lambert lamia lan lance lander lane lange lao laos lari larus laurel laurens law lawless lawrence lay
lazar lea leaf leal lean lech led leda lee leger lei leigh lem lemaitre lemon lena lenard lenin lennon leo
leon leonard leonardo leone leonidas leu lev levi levy lewis liana liao libby liberty lid lie lien lietuva
lighting lille lily lima lin lind linden lindsay lindy line ling link lino lira lisboa little liv live liza
lloyd loco lode logan logy lolita lolo lombard london lone long loo lorca lore lorenz lorraine lory lotte
louis love lovely low loyola luba lucas luce lucilia lucky lucy luda ludo luger luik luke lulu luna lund lung
lungi luo lux luxembourg lydia lye lyly lynch lyons lyra mac mach machinery mackenzie macleod madden madeira
madison madrid madrigal mag magdalena magi magnolia magyar maha maharani mahdi maia maine maja major mak mako
malar male mali malik malinowski mallet malone mamet man manana manda mane mange mania manila mann manna mansi
mantilla manufacturer manus mao maple mar mara marat marc marcel marciano mare margarita marge marguerite mari
maria marian marina marine marini marino mark market markov markova marly maroc marrakech marry mars marsh
marshall mart marten marti martial martin martini marx mary masa mason mat mate mates mathias matt matte
matthew maui mavis max maxi maxim maxwell maya mayer mccarthy med medic medina meg mei meir melba melchior
melissa melody meme memo mentor merckx mercy merino merit merle merry mesa mesic messina mete miao mica micah
michael michelangelo mick mickey middleton mien mike milan milano mile milk miller millet mills milton mimosa
min mina minder minerva ming mini miracle mirasol miri miro miso miss mitchell mitra mitt moa mohammad
mohammed mol molder mollie molly molnar mon mona monaco mons montenegro montserrat moon moore morel morgan
moro morris morrison morton moses moss mossy moynihan mubarak muhammad mujahid muller mulligan munch munda
murillo murphy murray mus musa muslim mya nacho nada nadir nag naga nagano nahum naif nail naja nan nancy
nanna naomi napoli nara nasa nash nasser naval navratilova nay ndebele negro nelson neo ness nestor neumann
neva new newman newton ney ngo nice nicholas nick nickel nicu nielsen nike nilsson nimrod nina nip nisi noah
noble noel noemi noguchi noma norm norma norman norris nova nubia obi ochoa odd odin oka okey ola olive oliver
olivier olympia oni ono oral oran orange ore orlando orly orozco ortega osborne oscar oswald oto ottar oujda
oviedo owe owen owens ozawa pace paddy padua page paige pal palermo pall palm palmar palmer palomino pan panda
pang panic pansy pap papa papillon pappa par parent paris park parker parkinson parry parsons parts pascal
paschal pasha pastor pat pate paterson pathan patience patka patrick patron patsy patty paul pauli pauline
pavan pave pavlov pavlova pavo paw peace pearl peep peer peg pei penny pent peony pep percy perpetual perry
peter petter philip phoebe phoenix pia piazza piccolo pier pierce pierre pierrot pig pika pilar pimenta pin
ping pinky pinna pintado pinter pinto pipe pipit pit pita pitt pizarro plank plaza pol polo ponce poncho pong
pons pontus pony poon pop poppy porter porto portugal pose post pot potter powell power praise prajapati
precious pretty price prima prince princess promise pronk prudence puck pule puma pun purcell putz qiang qin
qing queen quincy rabat rachel raf rahu rain rainbow rainy raj raja rajpoot rajput ram rama ramadan ramona
ramses rana rand randy rani rap raphael rask rasmussen ratan raven ray read real rebecca rebekah recto reed
regina reich reid reign rein reiter rejoice rex reyes reynolds rhea rhodes ricardo rice rich richards
richardson richmond rick rico riley rim rima rime ring rio rivera roar rob robert roberts robertson robin
robinson roc rock rocky rod rogers roi rolf roma romaine roman romany romeo rommel ron roots rosa rosales
rosario rose roselle rosemary rosette rosita ross rossetti rossini rosy rota roth rous rousseau rout roux
rowan rowel rubel rubens rumen run rune rupert russell rusty ruta ruth rydberg rye saarinen saba sabah saber
sabine sabra sac sacco sad saddam sade saga sahara said saida saki sakti salah salami salem salerno sales
salim salina sally salmi salome salon salvador salvo salvor sam samara sami samia samson samuel sana sanaa
sanchez sand sander sandy sang santa santiago santos sapir sarah saran sari saul savannah saw sba scarlet
schiller schilling schmidt schubert schulz schumann scott season seb segal segovia seidel selene selma selva
semen semi sen senna serene serge serif serine serra seth seven sever sevilla sexton seyhan shaaban shady shah
shaker sham shan shang shanghai shankar shannon sharp shaw shawn shay sheikh sheikha shell shelley shepherd
sheridan sherlock sherman sherry shim shin shiv shiva shoji shona shun shy sian sidney siegfried sierra sif
sigurd sild silence silva silvan silvia sima simeon simon simpson sin sinclair sine sing singapore singer
sinner siren sison sissy sit sita siva sivan ski skinner sky slater slim slot sloth smart smetana smith snoek
snow snowy sofia soh sol sole soledad solo solomon solomons solon soma sonata song sonny soon soot sorensen
sou sousa sow spark spencer stack stale stanley stark starry steele steen steichen stein steiner steinmetz
stela stella stephen stephenson stern stevens stevenson stewart stipe stocker stone storm strand strauss
stuart sue suet sugar sugi sula sullivan sultan sum sun sung sunna sunny sunshine suomi surya sus susa susanna
susiana sutherland svedberg svoboda swain swami swart swinburne swiss sydney sylva szilard taal tack tai
taichi taichung taipei taira taiwan taka tala tale tallinn tam tamer tamil tamm tammy tan tang tanguy tanner
tao tar tara tarantino taro tat tati tatu tau tay taylor tea ted teddy tee tenno teras terence teresa terry
testa textile thalia thea themis theresa thill thin thomas thompson thomson thong thor thornton thorpe tia
tiara tiffany tiger tilde till timothy timur tin tine ting tiny titan titi tito titus tiu tobin toby toda todd
toke toledo tom tome ton tone toon tope topi topic tor tore tort tot townsend tracy treasure trevino trey
tricolor trim trine tringa trinidad tristan troy tsai tuba tucker tulle tun tuna tung turk turki turkmen
turner tyler tyson uma unai unique urban uruguay uta ute valdez vale valencia valent valentine vali valve van
vanda vane vanessa vargas vas vaughan veer vega vela velazquez vena venetia venice venter venturi venus
vermeer verner veronica vesta vibe vice victor victoria vidal vidar vila vile villa vilnius vinson viola
violet virga virginia vishnu vitus wac wade wagner wail wailing wale walker wall wallace walter walton wan
ward warren washington waters watson watts wayne webb weber webster wee wei weld wellington wells welter wen
wesley west wester weston wheeler white whitehead whitney wild wilder wilkinson williams willis willow wilson
wilton wily win wind windy wing wisdom wit wold wolf wolff wolfram won wonder wonk woo wood woods woodward
wright xavier xian xii yagi yam yamamoto yana yanan yang yap yen yew yin yip ymir yogi yoke york young yuan
yue yuma zacharias zagreb zama zaman zapata zaragoza zee zeno zhou zhuang ziegler zimmer zola zulu
    """.split()
)
