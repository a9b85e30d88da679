"""Common US first names, for telling a person the small NER model labelled ORG from an organisation.

The 600 most frequent male and 600 most frequent female first names of the US census lists
that the Faker project ships (MIT licence), lower-cased.
"""

FIRST_NAMES = frozenset(
    """
Aaron Abigail Adam Adrian Adriana Adrienne Aimee Alan Albert Alec Alejandra Alejandro Alex Alexa Alexander
Alexandra Alexandria Alexis Alfred Alice Alicia Alisha Alison Allen Allison Alvin Alyssa Amanda Amber Amy Ana
Andre Andrea Andres Andrew Angel Angela Angelica Angie Anita Ann Anna Anne Annette Anthony Antonio April
Ariana Ariel Arthur Ashlee Ashley Audrey Austin Autumn Bailey Barbara Barry Becky Belinda Benjamin Bernard
Beth Bethany Betty Beverly Bianca Bill Billy Blake Bob Bobby Bonnie Brad Bradley Brady Brandi Brandon Brandy
Breanna Brenda Brendan Brent Brett Brian Briana Brianna Bridget Brittany Brittney Brooke Bruce Bryan Bryce
Caitlin Caitlyn Caleb Calvin Cameron Candace Candice Carl Carla Carlos Carly Carmen Carol Caroline Carolyn
Carrie Casey Cassandra Cassidy Cassie Catherine Cathy Cesar Chad Charlene Charles Charlotte Chase Chelsea
Chelsey Cheryl Cheyenne Chloe Chris Christian Christie Christina Christine Christopher Christy Cindy Claire
Clarence Claudia Clayton Clifford Clinton Cody Cole Colin Colleen Collin Colton Connie Connor Corey Cory
Courtney Craig Cristian Cristina Crystal Curtis Cynthia Daisy Dakota Dale Dalton Damon Dan Dana Daniel
Danielle Danny Darin Darius Darlene Darrell Darren Darryl Daryl Dave David Dawn Dean Deanna Debbie Deborah
Debra Denise Dennis Derek Derrick Desiree Destiny Devin Devon Diamond Diana Diane Dillon Dominic Dominique Don
Donald Donna Doris Dorothy Douglas Drew Duane Dustin Dwayne Dylan Earl Ebony Eddie Edgar Eduardo Edward Edwin
Eileen Elaine Elijah Elizabeth Ellen Emily Emma Eric Erica Erik Erika Erin Ernest Ethan Eugene Evan Evelyn
Faith Felicia Fernando Frances Francis Francisco Frank Franklin Fred Frederick Gabriel Gabriela Gabriella
Gabrielle Gail Garrett Gary Gavin Gene Geoffrey George Gerald Gilbert Gina Glen Glenda Glenn Gloria Gordon
Grace Grant Greg Gregg Gregory Guy Gwendolyn Hailey Haley Hannah Harold Harry Hayden Hayley Heather Hector
Heidi Helen Henry Herbert Holly Howard Hunter Ian Isaac Isabel Isabella Isaiah Ivan Jack Jackie Jackson Jaclyn
Jacob Jacqueline Jade Jaime Jake James Jamie Jane Janet Janice Jared Jasmin Jasmine Jason Javier Jay Jean
Jeanette Jeanne Jeff Jeffery Jeffrey Jenna Jennifer Jenny Jeremiah Jeremy Jermaine Jerome Jerry Jesse Jessica
Jesus Jill Jillian Jim Jimmy Jo Joan Joann Joanna Joanne Jocelyn Jodi Jody Joe Joel John Johnathan Johnny Jon
Jonathan Jonathon Jordan Jorge Jose Joseph Joshua Joy Joyce Juan Judith Judy Julia Julian Julie Justin Kaitlin
Kaitlyn Kara Karen Kari Karina Karl Karla Katelyn Katherine Kathleen Kathryn Kathy Katie Katrina Kayla Kaylee
Keith Kelli Kellie Kelly Kelsey Kendra Kenneth Kent Kerri Kerry Kevin Kiara Kim Kimberly Kirk Kirsten Krista
Kristen Kristi Kristie Kristin Kristina Kristine Kristopher Kristy Krystal Kurt Kyle Kylie Lacey Lance Larry
Latasha Latoya Laura Lauren Laurie Lawrence Leah Lee Leon Leonard Leroy Leslie Levi Linda Lindsay Lindsey Lisa
Logan Lonnie Loretta Lori Lorraine Louis Lucas Luis Luke Lydia Lynn Mackenzie Madeline Madison Makayla Malik
Mallory Mandy Manuel Marc Marcia Marco Marcus Margaret Maria Mariah Marie Marilyn Mario Marisa Marissa Mark
Martha Martin Marvin Mary Mason Mathew Matthew Maureen Maurice Max Maxwell Mckenzie Meagan Megan Meghan
Melanie Melinda Melissa Melody Melvin Mercedes Meredith Mia Michael Michaela Micheal Michele Michelle Miguel
Mikayla Mike Mindy Miranda Misty Mitchell Molly Monica Monique Morgan Nancy Natalie Natasha Nathan Nathaniel
Neil Nicholas Nichole Nicolas Nicole Nina Noah Norma Norman Olivia Omar Oscar Paige Pam Pamela Parker Patricia
Patrick Patty Paul Paula Pedro Peggy Penny Perry Peter Philip Phillip Phyllis Preston Priscilla Rachael Rachel
Ralph Randall Randy Raven Ray Raymond Rebecca Rebekah Regina Reginald Renee Rhonda Ricardo Richard Rick Rickey
Ricky Riley Rita Robert Roberta Roberto Robin Robyn Rodney Roger Ronald Ronnie Rose Ross Roy Ruben Russell
Ruth Ryan Sabrina Sally Samantha Samuel Sandra Sandy Sara Sarah Savannah Scott Sean Selena Sergio Seth Shane
Shannon Shari Sharon Shaun Shawn Shawna Sheena Sheila Shelby Shelia Shelley Shelly Sheri Sherri Sherry Sheryl
Shirley Sierra Sonia Sonya Sophia Spencer Stacey Stacie Stacy Stanley Stefanie Stephanie Stephen Steve Steven
Stuart Sue Summer Susan Suzanne Sydney Sylvia Tabitha Tamara Tami Tammie Tammy Tanner Tanya Tara Tasha Taylor
Teresa Terrance Terrence Terri Terry Theodore Theresa Thomas Tiffany Tim Timothy Tina Todd Tom Tommy Toni Tony
Tonya Tracey Traci Tracie Tracy Travis Trevor Tricia Tristan Troy Tyler Tyrone Valerie Vanessa Vernon Veronica
Vicki Vickie Victor Victoria Vincent Virginia Walter Wanda Warren Wayne Wendy Wesley Whitney William Willie
Wyatt Xavier Yesenia Yolanda Yvette Yvonne Zachary Zoe
    """.lower().split()
)
